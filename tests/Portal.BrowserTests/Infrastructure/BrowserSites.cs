using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Built once per test run and shared by every browser test: the real site (<c>input/</c> and <c>theme/</c> of
/// this checkout) and the fixture site that uses every layout, each built into a temporary folder and served on
/// 127.0.0.1, and one headless chromium.
/// </summary>
public sealed class BrowserSites : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly List<StaticSiteServer> _servers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BuiltSite Real { get; private set; } = null!;

    public BuiltSite Fixture { get; private set; } = null!;

    public IReadOnlyList<BuiltSite> Both => [Real, Fixture];

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        Real = await BuildAndServeAsync("real site", RepositoryPaths.RealInput);
        Fixture = await BuildAndServeAsync("fixture site", Path.Combine(RepositoryPaths.FixtureSite, "input"));
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        RequiredTool.EnsureExists(Chromium.ExecutablePath, Chromium.Install);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A fresh browser context (no shared cookies or cache) with the given viewport; the caller disposes it.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "th-TH",
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The URLs of the pages made from Markdown files under <paramref name="input"/>, as the build gives them.</summary>
    private static HashSet<string> ContentUrls(string input) =>
        System.IO.Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(input, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('_') || s.StartsWith('.')) && !p.StartsWith(Portal.Content.ContentPaths.FilesFolder + "/", StringComparison.Ordinal))
            .Select(Portal.Site.PageUrls.FromSourcePath)
            .ToHashSet(StringComparer.Ordinal);

    private async Task<BuiltSite> BuildAndServeAsync(string name, string input)
    {
        var output = Path.Combine(_root, name.Replace(' ', '-'));
        TestSiteBuild.Build(input, RepositoryPaths.RealTheme, output);
        var server = await StaticSiteServer.StartAsync(output);
        _servers.Add(server);
        return new BuiltSite(name, output, server.Address, ContentUrls(input));
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowserAndSites : ICollectionFixture<BrowserSites>
{
    public const string Name = "browser";
}
