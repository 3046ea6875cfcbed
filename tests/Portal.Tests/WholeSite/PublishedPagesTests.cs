namespace Portal.Tests.WholeSite;

/// <summary>Which pages a build publishes, and where: pretty URLs, drafts, the 404 page, section lists.</summary>
public sealed class PublishedPagesTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => basic.Built;

    [Fact]
    public void Basic_site_builds_without_any_diagnostic()
    {
        Assert.True(Site.Result.Succeeded);
        Assert.Empty(Site.Result.Diagnostics);
        Assert.Equal(BasicSiteFixture.PublishedUrls.Count + BasicSiteFixture.GeneratedPages.Count, Site.Result.PageCount);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/about/", "about/index.html")]
    [InlineData("/about/history/", "about/history/index.html")]
    [InlineData("/news/2023-02-15-council-meeting/", "news/2023-02-15-council-meeting/index.html")]
    [InlineData("/ita/results/", "ita/results/index.html")]
    public void Page_is_written_at_its_pretty_url(string url, string file)
    {
        Assert.True(Site.Exists(file), $"{url} should be served by {file}");
        Assert.Equal(url, BuiltSite.UrlOf(file));
    }

    [Fact]
    public void Html_files_are_exactly_the_published_pages_and_the_generated_pages()
    {
        var expected = BasicSiteFixture.PublishedUrls.Concat(BasicSiteFixture.GeneratedPages).Select(BuiltSite.OutputPathOf).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Site.HtmlFiles());
    }

    [Fact]
    public void Markdown_sources_and_data_files_are_not_published()
    {
        Assert.DoesNotContain(Site.Files(), f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Site.PathOf("_data")));
    }

    [Fact]
    public void Generated_files_are_written()
    {
        Assert.True(Site.Exists("sitemap.xml"));
        Assert.True(Site.Exists("feed.xml"));
        Assert.True(Site.Exists("robots.txt"));
    }

    [Fact]
    public void Not_found_page_is_written_as_404_html_not_indexed_and_without_canonical()
    {
        var page = Site.Html("404.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel='canonical']"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Null(page.QuerySelector(".app-breadcrumbs"));
    }

    [Fact]
    public void Not_found_page_uses_only_root_relative_links()
    {
        // It is served at any missing URL at any depth, so a relative link would point somewhere else on every level.
        var links = Site.Html("404.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.True(href.StartsWith('/') || href.StartsWith('#') || href.Contains("://", StringComparison.Ordinal), href));
    }

    [Fact]
    public void Draft_is_not_published_by_default()
    {
        Assert.False(Site.Exists(BuiltSite.OutputPathOf(BasicSiteFixture.DraftUrl)));
        var children = Site.Page("/about/").QuerySelectorAll(".app-index__link").Select(a => a.GetAttribute("href"));
        Assert.DoesNotContain(BasicSiteFixture.DraftUrl, children);
        Assert.DoesNotContain("draft-plan", Site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-plan", Site.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_is_published_with_include_drafts()
    {
        using var site = TempSite.Create("basic");
        var built = site.Build(includeDrafts: true);

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.True(built.Exists(BuiltSite.OutputPathOf(BasicSiteFixture.DraftUrl)));
        Assert.Equal("แผนงานฉบับร่าง", built.Page(BasicSiteFixture.DraftUrl).QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(BasicSiteFixture.DraftUrl, built.Page("/about/").QuerySelectorAll(".app-index__link").Select(a => a.GetAttribute("href")));
        Assert.Equal(BasicSiteFixture.PublishedUrls.Count + BasicSiteFixture.GeneratedPages.Count + 1, built.Result.PageCount);
    }

    [Fact]
    public void Section_index_lists_its_children_by_order()
    {
        var links = Site.Page("/about/").QuerySelectorAll(".app-index__link").ToList();
        Assert.Equal(["/about/history/", "/about/structure/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["ประวัติเทศบาล", "โครงสร้างองค์กร"], links.Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void News_index_lists_newest_first_with_thai_dates()
    {
        var items = Site.Page("/news/").QuerySelectorAll(".app-index__item").ToList();
        Assert.Equal(
            ["/news/2023-02-15-council-meeting/", "/news/2022-12-05-tree-planting/"],
            items.Select(i => i.QuerySelector("a")?.GetAttribute("href")));
        var time = items[0].QuerySelector("time");
        Assert.Equal("2023-02-15", time?.GetAttribute("datetime"));
        Assert.Equal("15 กุมภาพันธ์ 2566", time?.TextContent.Trim());
    }
}
