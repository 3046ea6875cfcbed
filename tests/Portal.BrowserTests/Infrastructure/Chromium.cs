using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Debian's chromium package, driven by Playwright through <c>ExecutablePath</c>: no browser is ever downloaded.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string Install = "apt-get install -y chromium fonts-thai-tlwg";

    public static string? SkipReason => RequiredTool.SkipReasonUnless(ExecutablePath, Install);

    /// <summary>
    /// Headless and quiet: no sandbox (the tests may run as root), no GPU, and no background traffic, so the only
    /// requests the browser makes are the ones the tests record. Playwright gives each launch a fresh profile folder.
    /// </summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        ChromiumSandbox = false,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
    };
}
