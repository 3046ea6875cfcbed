using Portal.BrowserTests.Infrastructure;
using Portal.Features;
using Portal.Features.Dashboard;
using Portal.Testing;

namespace Portal.BrowserTests;

/// <summary>
/// The dashboard's pages (<c>portal dashboard</c>, docs/dashboard.md) under the rules of the site's own: axe-core's WCAG 2.2
/// A and AA rules, at phone and desktop width, on one page of each dashboard layout of a dashboard of 120 synthetic bodies
/// (bad sources among them, so the problem page and a body's problem note are there), and no page wider than a phone.
/// </summary>
public sealed class DashboardAccessibilityTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-browser-tests", $"dashboard-{Guid.NewGuid():N}");
    private StaticSiteServer? _server;
    private IReadOnlyList<string> _urls = [];

    public async Task InitializeAsync()
    {
        var today = new DateOnly(2026, 12, 6);
        var corpus = SyntheticCoverage.Write(Path.Combine(_root, "sources"), 120);
        var sources = DashboardSources.Read(corpus.SourcesPath, []) ?? throw new InvalidOperationException("the synthetic sources.yml was refused");
        var years = DashboardBuild.ReadAll(sources, DashboardYears.Choose([], [], today), new SourceLimits(), today);
        var output = Path.Combine(_root, "dash");
        var result = DashboardBuild.Build(sources, years, new BuildOptions(ThemeDirectory: RepositoryPaths.RealTheme, OutputDirectory: output, AsOf: today), PortalFeatures.Parts);
        Assert.True(result.Succeeded, "the dashboard did not build");
        var bad = corpus.Bodies.First(b => b.Problem is not null);
        _urls = [.. SitePages.Of(output).Where(p => p.Layout.StartsWith("dashboard-", StringComparison.Ordinal)).GroupBy(p => p.Layout).Select(g => g.First().Url),
            $"/{SyntheticCoverage.Year}/bodies/{bad.Id}/"];
        _server = await StaticSiteServer.StartAsync(output);
    }

    [BrowserFact]
    public async Task Every_dashboard_layout_has_no_axe_violation_and_no_sideways_scroll_at_phone_and_desktop_width()
    {
        var browser = await Chromium.SharedAsync();
        var problems = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, Locale = "th-TH" });
            var page = await context.NewPageAsync();
            foreach (var url in _urls)
            {
                await page.GotoAsync(new Uri(_server!.Address, url).ToString());
                problems.AddRange((await PageChecks.AxeViolationsAsync(page)).Select(v => $"{url} at {width}px: {v}"));
                if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
                {
                    problems.Add($"{url} at {width}px: the page scrolls sideways");
                }
            }
        }

        Assert.True(_urls.Count == 7, string.Join(", ", _urls));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }
}
