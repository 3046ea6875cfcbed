using Portal.Testing;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The browser tests' fixture site (<c>tests/Portal.BrowserTests/Sites/every-layout</c>), built once per test run into a
/// temporary folder and shared by every class that reads it.
/// </summary>
public sealed class EveryLayoutSiteFixture
{
    private static readonly Lazy<BuiltSite> Shared = new(() => RealSiteBuild.Of(Path.Combine(Folder, "input"), "every-layout"));

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Portal.BrowserTests", "Sites", "every-layout");

    public BuiltSite Built { get; } = Shared.Value;
}

/// <summary>
/// The fixture site keeps up with the theme: every layout in theme/layouts/ has a page that uses it, but the layouts of
/// <c>portal dashboard</c>'s pages (<c>dashboard-*</c>), which only a dashboard build makes (DashboardSiteTests, and the browser
/// tests' DashboardAccessibilityTests).
/// </summary>
public sealed class EveryLayoutSiteTests(EveryLayoutSiteFixture fixture) : IClassFixture<EveryLayoutSiteFixture>
{
    [Fact]
    public void Every_layout_of_the_theme_is_used_by_a_page_of_the_fixture_site()
    {
        var layouts = Directory.EnumerateFiles(Path.Combine(TestPaths.RealTheme, "layouts"), "*.liquid")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => name != "base" && !name.StartsWith("dashboard-", StringComparison.Ordinal))
            .ToList();

        var used = SitePages.Of(fixture.Built.OutputDirectory).Select(p => p.Layout).ToHashSet(StringComparer.Ordinal);

        Assert.True(fixture.Built.Result.Succeeded, TempSite.Describe(fixture.Built.Result.Diagnostics));
        Assert.NotEmpty(layouts);
        Assert.All(layouts, layout => Assert.True(used.Contains(layout),
            $"no page of {EveryLayoutSiteFixture.Folder} uses the layout '{layout}': add one, so the browser tests cover it"));
    }
}
