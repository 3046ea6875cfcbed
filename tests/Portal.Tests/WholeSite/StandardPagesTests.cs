using AngleSharp.Html.Dom;
using Portal.Testing;

namespace Portal.Tests.WholeSite;

/// <summary>The pages every Thai government website must have (มสพร. 11-2566), on the real site.</summary>
public sealed class StandardPagesTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private readonly IReadOnlyList<string> _pageUrls = [.. SitePages.Of(real.Built.OutputDirectory).Select(p => p.Url)];

    /// <summary>The pages made from Markdown files, sorted: every one of them must show its dates and be in the sitemap.</summary>
    private IReadOnlyList<string> ContentPageUrls => [.. _pageUrls.Where(SitePages.FromMarkdown(real.Built.InputDirectory).Contains)];

    /// <summary>Pages the build generates from the theme alone; they have no source file whose date could be shown.</summary>
    [Theory]
    [InlineData("/policies/website/")]
    [InlineData("/policies/privacy/")]
    [InlineData("/policies/security/")]
    [InlineData("/policies/accessibility/")]
    [InlineData("/sitemap/")]
    public void Every_page_links_to_the_standard_page_from_its_footer(string url)
    {
        Assert.Contains(url, _pageUrls);
        Assert.All(_pageUrls, page =>
            Assert.True(Page(page).QuerySelector($".app-footer a[href='{url}']") is not null, $"{page} has no footer link to {url}"));
    }

    [Fact]
    public void The_accessibility_statement_names_the_standards_and_the_known_gaps()
    {
        var main = Page("/policies/accessibility/").QuerySelector("main")!;
        var text = main.TextContent;

        Assert.Contains("WCAG 2.1", text, StringComparison.Ordinal);
        Assert.Contains("มสพร. 11-2566", text, StringComparison.Ordinal);
        var gaps = main.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == "ข้อจำกัดที่ทราบ").NextElementSibling;
        Assert.True(gaps?.QuerySelectorAll("li").Length > 0, "the accessibility statement lists no known gap");
    }

    [Fact]
    public void Every_page_but_the_generated_ones_shows_when_it_was_last_updated()
    {
        var missing = ContentPageUrls
            .Where(url => Page(url).QuerySelector("main .app-page-dates__item:last-child time[datetime]") is null)
            .ToList();

        Assert.True(missing.Count == 0, $"no 'ปรับปรุงล่าสุด' on: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_sitemap_links_every_page_once_and_every_oit_year_grouped_by_section_with_news_newest_first()
    {
        var sitemap = Page("/sitemap/");
        var links = sitemap.QuerySelectorAll("main .app-sitemap a").Select(a => a.GetAttribute("href")!).ToList();
        // Every page staff wrote, once; beside them only the OIT pages of each year, which auditors reach from here too.
        Assert.Equal(links.Distinct(StringComparer.Ordinal).Count(), links.Count);
        Assert.Equal(ContentPageUrls, links.Intersect(ContentPageUrls, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(links.Except(ContentPageUrls, StringComparer.Ordinal), url => Assert.Matches("^/ita/(history/|[0-9]{4}/(coverage/)?)$", url));

        var news = sitemap.QuerySelectorAll(".app-sitemap__section").Single(s => s.QuerySelector("h2 a")?.GetAttribute("href") == "/news/");
        var dates = news.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count > 1, "the sitemap's news section lists fewer than two dated items");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    private IHtmlDocument Page(string url) => real.Built.Page(url);
}
