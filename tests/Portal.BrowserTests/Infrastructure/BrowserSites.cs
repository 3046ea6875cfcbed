using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// What a browser test class works on: the real site and the fixture site that uses every layout, served on 127.0.0.1,
/// and the run's one chromium. All of it is made once per test run and shared by every class (<see cref="TestSites"/>,
/// <see cref="Chromium.SharedAsync"/>); this class fixture only waits for it, so the classes run side by side.
/// </summary>
public sealed class BrowserSites : IAsyncLifetime
{
    private static readonly Lazy<Task<BuiltSite>> ServedReal = new(() => Task.Run(() => ServeAsync("real site", TestSites.Real)));
    private static readonly Lazy<Task<BuiltSite>> ServedFixture = new(() => Task.Run(() => ServeAsync("fixture site", TestSites.EveryLayout)));

    private IBrowser? _browser;

    public BuiltSite Real { get; private set; } = null!;

    public BuiltSite Fixture { get; private set; } = null!;

    public IReadOnlyList<BuiltSite> Both => [Real, Fixture];

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        Real = await ServedReal.Value;
        Fixture = await ServedFixture.Value;
        if (Chromium.SkipReason is null)
        {
            _browser = await Chromium.SharedAsync();
        }
    }

    /// <summary>A fresh browser context (no shared cookies or cache) with the given viewport; the caller disposes it.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "th-TH",
        });

    /// <summary>The sites, their servers and the browser belong to the run, not to one class: they end with the test host.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<BuiltSite> ServeAsync(string name, string output)
    {
        var server = await StaticSiteServer.StartAsync(output);
        return new BuiltSite(name, output, server.Address);
    }
}
