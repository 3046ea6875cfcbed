using System.Text.RegularExpressions;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>The fixture site keeps up with the theme: every layout in theme/layouts/ has a page that uses it.</summary>
[Collection(SharedBrowserAndSites.Name)]
public sealed partial class FixtureSiteTests(BrowserSites sites)
{
    /// <summary>Layouts of pages the build generates itself (no Markdown file names them), and where those pages are.</summary>
    private static readonly Dictionary<string, string> GeneratedPages = new(StringComparer.Ordinal)
    {
        ["404"] = "/404.html",
        ["sitemap"] = "/sitemap/",
    };

    [Fact]
    public void Every_layout_of_the_theme_is_used_by_a_page_of_the_fixture_site()
    {
        var layouts = Directory.EnumerateFiles(RepositoryPaths.ThemeLayouts, "*.liquid")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => name != "base")
            .ToList();
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.FixtureSite, "input"), "*.md", SearchOption.AllDirectories)
            .Select(file => LayoutKey().Match(File.ReadAllText(file)) is { Success: true } match ? match.Groups["layout"].Value : "page")
            .Concat(GeneratedPages.Where(g => sites.Fixture.PageUrls.Contains(g.Value)).Select(g => g.Key))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(layouts);
        Assert.All(layouts, layout => Assert.True(used.Contains(layout),
            $"no page of {RepositoryPaths.FixtureSite} uses the layout '{layout}': add one, so the browser tests cover it"));
    }

    [GeneratedRegex(@"\A---\r?\n(?:.*\r?\n)*?layout:\s*(?<layout>[\w-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LayoutKey();
}
