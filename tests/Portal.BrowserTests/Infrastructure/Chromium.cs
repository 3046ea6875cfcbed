using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Debian's chromium package, driven by Playwright through <c>ExecutablePath</c>: no browser is ever downloaded. The one
/// launcher of these tests: one browser for the whole run (<see cref="SharedAsync"/>), in which each test opens a
/// context of its own, and a browser of its own only for a test that needs other command-line switches.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string Install = "apt-get install -y chromium fonts-thai-tlwg";

    /// <summary>
    /// Headless and quiet: no sandbox (the tests may run as root), no GPU, and no background traffic, so the only
    /// requests the browser makes are the ones the tests record. Playwright gives each launch a fresh profile folder.
    /// </summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    // Started outside the test's synchronisation context, so any test may await it first.
    private static readonly Lazy<Task<IPlaywright>> Driver = new(() => Task.Run(Playwright.CreateAsync));

    private static readonly Lazy<Task<IBrowser>> Shared = new(() => Task.Run(() => LaunchAsync()));

    static Chromium() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();

    public static string? SkipReason => RequiredTool.SkipReasonUnless(ExecutablePath, Install);

    /// <summary>The run's one browser, launched on first use; a test opens its own context in it (no shared cookies or cache).</summary>
    public static Task<IBrowser> SharedAsync() => Shared.Value;

    /// <summary>A browser of the test's own, with <paramref name="extraArguments"/> after the usual ones; the caller disposes it.</summary>
    public static async Task<IBrowser> LaunchAsync(params string[] extraArguments)
    {
        RequiredTool.EnsureExists(ExecutablePath, Install);
        var playwright = await Driver.Value;
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = [.. Arguments, .. extraArguments],
        });
    }

    /// <summary>At the end of the run: the shared browser and Playwright's driver process go with the test host.</summary>
    private static void Close()
    {
        if (Shared.IsValueCreated && Shared.Value.IsCompletedSuccessfully)
        {
            Shared.Value.Result.CloseAsync().Wait(TimeSpan.FromSeconds(10));
        }

        if (Driver.IsValueCreated && Driver.Value.IsCompletedSuccessfully)
        {
            Driver.Value.Result.Dispose();
        }
    }
}
