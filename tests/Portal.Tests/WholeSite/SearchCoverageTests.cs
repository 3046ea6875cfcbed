using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Portal.Features.Search;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Every page a visitor can open is in the search index, generated ones included (OIT years, items and coverage, the
/// contact page, the news archive): the pages indexed are exactly the pages of sitemap.xml but the search page and
/// the HTML sitemap, which lists every title (<see cref="SearchOutput.IsIndexed"/>).
/// </summary>
public sealed class SearchCoverageTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("oit")]
    [InlineData("citizen")]
    public void A_fixture_site_indexes_every_page_of_its_sitemap_but_the_search_page_and_the_html_sitemap(string fixture)
    {
        var (site, built) = TempSite.CreateAndBuild(fixture);
        using (site)
        {
            Assert.True(built.Result.Succeeded);
            Assert.Equal(SitemapPagesButSearch(built), IndexedPages(built));
        }
    }

    [Fact]
    public void The_real_site_indexes_every_page_of_its_sitemap_but_the_search_page_and_the_html_sitemap()
    {
        var indexed = IndexedPages(real.Built);

        Assert.Equal(SitemapPagesButSearch(real.Built), indexed);
        Assert.DoesNotContain("/search/", indexed);
        Assert.DoesNotContain("/404.html", indexed);
    }

    [Fact]
    public void A_generated_page_is_indexed_with_the_text_of_its_main_element()
    {
        var (site, built) = TempSite.CreateAndBuild("oit");
        using (site)
        {
            var item = Fragments(built).First(f => f.GetProperty("url").GetString()!.Contains("/o1/", StringComparison.Ordinal));
            var text = item.GetProperty("text").GetString()!;

            Assert.Contains("O1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ข้ามไปยังเนื้อหาหลัก", text, StringComparison.Ordinal); // the skip link, outside <main>
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        }
    }

    private static SortedSet<string> SitemapPagesButSearch(BuiltSite built)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = built.Xml("sitemap.xml").Descendants(ns + "loc").Select(loc => new Uri(loc.Value).AbsolutePath);
        return new(urls.Where(url => url is not "/search/" and not "/sitemap/"), StringComparer.Ordinal);
    }

    /// <summary>The pages of the index, not the PDFs it holds (a PDF's fragment names the page that lists it).</summary>
    private static SortedSet<string> IndexedPages(BuiltSite built) =>
        new(Fragments(built).Where(f => !f.TryGetProperty("listed_on", out _)).Select(f => f.GetProperty("url").GetString()!), StringComparer.Ordinal);

    private static IReadOnlyList<JsonElement> Fragments(BuiltSite built)
    {
        var count = JsonDocument.Parse(built.Text(SearchIndexWriter.ManifestPath)).RootElement.GetProperty("documents").GetInt32();
        return [.. Enumerable.Range(0, count).Select(id => Inflated(built.Bytes(SearchIndexWriter.FragmentPath(id))))];
    }

    private static JsonElement Inflated(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        return JsonDocument.Parse(input).RootElement.Clone();
    }
}
