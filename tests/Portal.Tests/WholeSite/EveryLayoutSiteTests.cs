using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>The fixture site keeps up with the theme: every layout in theme/layouts/ has a page that uses it.</summary>
[Collection(SharedBrowserAndSites.Name)]
public sealed class FixtureSiteTests(BrowserSites sites)
{
    [Fact]
    public void Every_layout_of_the_theme_is_used_by_a_page_of_the_fixture_site()
    {
        var layouts = Directory.EnumerateFiles(RepositoryPaths.ThemeLayouts, "*.liquid")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => name != "base")
            .ToList();

        Assert.NotEmpty(layouts);
        Assert.All(layouts, layout => Assert.True(sites.Fixture.Layouts.Contains(layout),
            $"no page of {RepositoryPaths.FixtureSite} uses the layout '{layout}': add one, so the browser tests cover it"));
    }
}
