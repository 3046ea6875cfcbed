using System.Xml.Linq;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary><c>sitemap.xml</c>, <c>feed.xml</c> and <c>robots.txt</c>: valid, absolute, only published pages, and dated by content, never by the build clock.</summary>
public sealed class FeedAndSitemapTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private BuiltSite Site => basic.Built;

    [Fact]
    public void Sitemap_lists_every_published_page_once_generated_ones_included_absolute_without_draft_or_404()
    {
        var sitemap = Site.Xml("sitemap.xml");
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locs = sitemap.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(
            BasicSiteFixture.PublishedUrls.Concat(["/news/archive/", "/news/archive/2566/", "/sitemap/"]).Select(u => BasicSiteFixture.BaseUrl + u).Order(StringComparer.Ordinal),
            locs.Order(StringComparer.Ordinal));
        Assert.All(locs, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out _), loc));
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal) || l.Contains("draft", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_sitemap_is_generated_from_the_theme_layout_and_links_every_published_page_once_by_section()
    {
        var page = Site.Page("/sitemap/");

        Assert.Equal("แผนผังเว็บไซต์", page.QuerySelector("h1")!.TextContent.Trim());
        var links = page.QuerySelectorAll("ul.app-sitemap a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(BasicSiteFixture.PublishedUrls.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.Equal("/", links[0]);
        Assert.All(page.QuerySelectorAll(".app-sitemap__section > h2 a"), a => Assert.Single(a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData(new[] { "base", "page", "404" }, false)]
    [InlineData(new[] { "base", "page", "404", "sitemap" }, true)]
    public void Html_sitemap_is_generated_only_when_the_theme_has_a_layout_for_it(string[] layouts, bool generated)
    {
        var content = new Portal.Content.LoadedContent([], [], []);

        var site = Portal.Site.SiteModelBuilder.Build(content, PortalFeatures.Parts, null, includeDrafts: false, layouts, new Portal.Diagnostics.DiagnosticBag(), TempSite.Today);

        Assert.Equal(generated, site.PageAtUrl("/sitemap/") is not null);
        Assert.NotNull(site.PageAtUrl("/404.html"));
    }

    [Fact]
    public void Sitemap_every_loc_is_a_written_page()
    {
        var locs = Site.Xml("sitemap.xml").Descendants(Sitemap + "loc").Select(l => new Uri(l.Value).AbsolutePath);
        Assert.All(locs, path => Assert.True(Site.Exists(BuiltSite.OutputPathOf(Uri.UnescapeDataString(path))), path));
    }

    [Fact]
    public void Sitemap_has_lastmod_exactly_where_the_page_is_dated()
    {
        var lastmods = Site.Xml("sitemap.xml").Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal("2023-01-10", lastmods[BasicSiteFixture.BaseUrl + "/about/history/"]); // updated, not date
        Assert.Equal("2023-02-15", lastmods[BasicSiteFixture.BaseUrl + "/news/2023-02-15-council-meeting/"]);
        Assert.Equal("2022-12-05", lastmods[BasicSiteFixture.BaseUrl + "/news/2022-12-05-tree-planting/"]);
        Assert.Null(lastmods[BasicSiteFixture.BaseUrl + "/about/structure/"]);
        Assert.Null(lastmods[BasicSiteFixture.BaseUrl + "/"]);
        Assert.Null(lastmods[BasicSiteFixture.BaseUrl + "/news/archive/2566/"]); // generated: no date of its own
    }

    [Fact]
    public void Feed_is_atom_with_absolute_ids_newest_first()
    {
        var feed = Site.Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("th", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(Uri.TryCreate(feed.Element(Atom + "id")?.Value, UriKind.Absolute, out _));
        Assert.Equal(BasicSiteFixture.BaseUrl + "/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(
            [
                BasicSiteFixture.BaseUrl + "/news/2023-02-15-council-meeting/",
                BasicSiteFixture.BaseUrl + "/news/2022-12-05-tree-planting/",
                BasicSiteFixture.BaseUrl + "/about/history/",
            ],
            entries.Select(e => e.Element(Atom + "id")!.Value));

        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderDescending(), published);
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.NotNull(entry.Element(Atom + "updated"));
            var id = entry.Element(Atom + "id")!.Value;
            Assert.Equal(id, entry.Element(Atom + "link")?.Attribute("href")?.Value);
            Assert.True(Site.Exists(BuiltSite.OutputPathOf(new Uri(id).AbsolutePath)), id);
        }
    }

    [Fact]
    public void Feed_updated_is_its_newest_entry_not_the_build_time()
    {
        var feed = Site.Xml("feed.xml").Root!;
        var updated = feed.Element(Atom + "updated")!.Value;
        var newest = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "updated")!.Value)
            .MaxBy(v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(newest, updated);
        Assert.Equal("2023-02-15T00:00:00+07:00", updated);
    }

    [Fact]
    public void Feed_does_not_contain_the_draft_even_though_it_is_the_newest()
    {
        var ids = Site.Xml("feed.xml").Descendants(Atom + "id").Select(i => i.Value);
        Assert.DoesNotContain(BasicSiteFixture.BaseUrl + BasicSiteFixture.DraftUrl, ids);
    }

    [Fact]
    public void Robots_names_the_sitemap()
    {
        var lines = Site.Text("robots.txt").Split('\n');
        Assert.Contains($"Sitemap: {BasicSiteFixture.BaseUrl}/sitemap.xml", lines);
        Assert.Contains("User-agent: *", lines);
    }

    [Fact]
    public void Base_url_option_overrides_site_yml_everywhere()
    {
        const string preview = "https://deploy-preview-7.example.org";
        using var site = TempSite.Create("basic");
        var built = site.Build(baseUrl: preview + "/");

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Equal(preview + "/about/history/", built.Page("/about/history/").QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.All(built.Xml("sitemap.xml").Descendants(Sitemap + "loc"), loc => Assert.StartsWith(preview + "/", loc.Value));
        Assert.All(built.Xml("feed.xml").Descendants(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value), id => Assert.StartsWith(preview + "/", id));
        Assert.Contains($"Sitemap: {preview}/sitemap.xml", built.Text("robots.txt").Split('\n'));
    }
}
