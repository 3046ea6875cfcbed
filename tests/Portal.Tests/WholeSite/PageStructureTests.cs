using AngleSharp.Dom;

namespace Portal.Tests.WholeSite;

/// <summary>What every page's document must have: language, one h1, the skip link target, metadata, breadcrumbs, navigation, dates.</summary>
public sealed class PageStructureTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private const string SiteTitle = "เทศบาลตำบลทดสอบ";
    private const string SiteDescription = "เว็บไซต์ทดสอบสำหรับการทดสอบทั้งเว็บไซต์ของ Portal";

    private BuiltSite Site => basic.Built;

    public static TheoryData<string> Pages() => BasicSiteFixture.AllHtmlFiles();

    public static TheoryData<string> PublishedPages()
    {
        var data = new TheoryData<string>();
        foreach (var url in BasicSiteFixture.PublishedUrls)
        {
            data.Add(url);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_is_thai(string file) =>
        Assert.Equal("th", Site.Html(file).DocumentElement.GetAttribute("lang"));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_exactly_one_h_1(string file) =>
        Assert.Single(Site.Html(file).QuerySelectorAll("h1"));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_skip_link_is_first_and_targets_the_one_main(string file)
    {
        var page = Site.Html(file);
        var firstLink = page.Body!.QuerySelector("a");
        Assert.Equal("#main-content", firstLink?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Equal("main", page.GetElementById("main-content")?.LocalName);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_title_description_and_open_graph_title(string file)
    {
        var page = Site.Html(file);
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "meta[name='description']")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "meta[property='og:title']")));
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")?.GetAttribute("charset"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_element_ids_are_unique(string file)
    {
        var duplicates = Site.Html(file).QuerySelectorAll("[id]")
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(PublishedPages))]
    public void Page_canonical_url_is_base_url_plus_path(string url)
    {
        var page = Site.Page(url);
        var expected = BasicSiteFixture.BaseUrl + url;
        Assert.Equal(expected, page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Equal(expected, Meta(page, "meta[property='og:url']"));
    }

    [Fact]
    public void Page_title_and_metadata_come_from_front_matter()
    {
        var page = Site.Page("/about/history/");
        Assert.Equal($"ประวัติเทศบาล | {SiteTitle}", page.Title);
        Assert.Equal("ประวัติเทศบาล", Meta(page, "meta[property='og:title']"));
        Assert.Equal("ประวัติความเป็นมาและงบประมาณของเทศบาลตำบลทดสอบ", Meta(page, "meta[name='description']"));
        Assert.Equal("ประวัติความเป็นมาและงบประมาณของเทศบาลตำบลทดสอบ", Meta(page, "meta[property='og:description']"));
        Assert.Equal("ประวัติเทศบาล", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public void Home_page_is_titled_with_the_site_name()
    {
        var page = Site.Page("/");
        Assert.Equal(SiteTitle, page.Title);
        Assert.Equal(SiteTitle, Meta(page, "meta[property='og:title']"));
        Assert.Null(page.QuerySelector(".app-breadcrumbs"));
    }

    [Fact]
    public void Page_without_description_uses_the_site_description() =>
        Assert.Equal(SiteDescription, Meta(Site.Page("/ita/"), "meta[name='description']"));

    [Fact]
    public void News_item_is_an_open_graph_article() =>
        Assert.Equal("article", Meta(Site.Page("/news/2023-02-15-council-meeting/"), "meta[property='og:type']"));

    [Theory]
    [InlineData("/about/history/", new[] { "หน้าแรก", "เกี่ยวกับเทศบาล", "ประวัติเทศบาล" }, new[] { "/", "/about/" })]
    [InlineData("/ita/results/", new[] { "หน้าแรก", "การประเมินคุณธรรมและความโปร่งใส (ITA)", "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2563–2565" }, new[] { "/", "/ita/" })]
    [InlineData("/news/", new[] { "หน้าแรก", "ข่าวสาร" }, new[] { "/" })]
    public void Breadcrumbs_run_from_home_to_the_current_page(string url, string[] titles, string[] links)
    {
        var items = Site.Page(url).QuerySelectorAll("nav.app-breadcrumbs li").ToList();
        Assert.Equal(titles, items.Select(i => i.TextContent.Trim()));
        Assert.Equal(links, items.SkipLast(1).Select(i => i.QuerySelector("a")?.GetAttribute("href")));

        var current = items[^1];
        Assert.Null(current.QuerySelector("a"));
        Assert.Equal("page", current.QuerySelector("[aria-current]")?.GetAttribute("aria-current"));
        Assert.Equal(Site.Page(url).QuerySelector("h1")?.TextContent.Trim(), current.TextContent.Trim());
    }

    [Theory]
    [InlineData("/", "/", "page")]
    [InlineData("/about/", "/about/", "page")]
    [InlineData("/about/history/", "/about/", "true")]
    [InlineData("/news/2023-02-15-council-meeting/", "/news/", "true")]
    [InlineData("/ita/results/", "/ita/results/", "page")]
    public void Nav_marks_the_current_item(string url, string currentHref, string ariaCurrent)
    {
        var marked = Site.Page(url).QuerySelectorAll("nav.app-nav a[aria-current]").ToList();
        var link = Assert.Single(marked);
        Assert.Equal(currentHref, link.GetAttribute("href"));
        Assert.Equal(ariaCurrent, link.GetAttribute("aria-current"));
    }

    [Fact]
    public void Nav_marks_nothing_on_a_page_outside_every_item() =>
        Assert.Empty(Site.Page("/ita/").QuerySelectorAll("nav.app-nav a[aria-current]"));

    [Theory]
    [InlineData("/news/2023-02-15-council-meeting/", "2023-02-15", "15 กุมภาพันธ์ 2566")]
    [InlineData("/news/2022-12-05-tree-planting/", "2022-12-05", "5 ธันวาคม 2565")]
    [InlineData("/about/history/", "2023-01-10", "10 มกราคม 2566")] // `updated` wins over `date` (2022-11-01)
    public void Last_updated_is_shown_in_the_buddhist_era(string url, string iso, string thai)
    {
        var item = Site.Page(url).QuerySelectorAll("main .app-page-dates__item").Single(i => i.QuerySelector("dt")!.TextContent == "ปรับปรุงล่าสุด");
        var time = item.QuerySelector("time");
        Assert.NotNull(time);
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal(thai, time.TextContent.Trim());
    }

    [Fact]
    public void Page_without_date_or_history_shows_no_dates() =>
        Assert.Null(Site.Page("/about/structure/").QuerySelector(".app-page-dates"));

    [Fact]
    public void News_item_shows_its_date_under_the_title()
    {
        var date = Site.Page("/news/2023-02-15-council-meeting/").QuerySelector(".app-page-meta time");
        Assert.Equal("2023-02-15", date?.GetAttribute("datetime"));
        Assert.Equal("15 กุมภาพันธ์ 2566", date?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/news/2023-02-15-council-meeting/", "ปีงบประมาณ 2566")] // February 2023 is in FY2566
    [InlineData("/about/history/", "ปีงบประมาณ 2566")] // November 2022 is in FY2566 (the year starts in October)
    [InlineData("/ita/results/", "ปีงบประมาณ 2565")] // fiscal_year overrides the date
    public void Fiscal_year_is_shown_in_the_buddhist_era(string url, string badge) =>
        Assert.Equal(badge, Site.Page(url).QuerySelector(".app-badge")?.TextContent.Trim());

    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");
}
