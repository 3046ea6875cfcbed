using System.IO.Compression;
using System.Text.Json;
using Portal.Features.Search;

namespace Portal.Tests.WholeSite;

/// <summary>What the build of the real site writes for search: the index under search/, the search page, and a search box on every page.</summary>
public sealed class SearchOutputTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => real.Built;

    private static JsonElement Inflated(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        return JsonDocument.Parse(input).RootElement.Clone();
    }

    private IReadOnlyList<JsonElement> Fragments()
    {
        var count = JsonDocument.Parse(Site.Text(SearchIndexWriter.ManifestPath)).RootElement.GetProperty("documents").GetInt32();
        return [.. Enumerable.Range(0, count).Select(id => Inflated(Site.Bytes(SearchIndexWriter.FragmentPath(id))))];
    }

    [Theory]
    [MemberData(nameof(PagesWithHeader))]
    public void Every_page_has_a_search_box_that_sends_q_to_the_search_page(string file)
    {
        var form = Site.Html(file).QuerySelector("header form[role=search]");

        Assert.NotNull(form);
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.NotNull(Site.Html(file).QuerySelector($"label[for='{input.Id}']"));
    }

    public static TheoryData<string> PagesWithHeader() => ["index.html", "404.html", "search/index.html", "ita/results/index.html"];

    [Fact]
    public void The_search_page_is_a_get_form_with_the_results_region_and_the_script()
    {
        var page = Site.Page("/search/");

        Assert.Equal("get", page.QuerySelector("main form.app-search-form")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("#search-results a[href='/sitemap/']"));
        Assert.Equal("polite", page.QuerySelector(".app-search__status")!.GetAttribute("aria-live"));
        var script = page.QuerySelector("script[src*='/assets/js/search.']")!.GetAttribute("src")!;
        Assert.True(Site.Exists(script.TrimStart('/')), script);
    }

    [Fact]
    public void Fragments_hold_the_main_text_not_the_navigation_or_footer()
    {
        var complaints = Fragments().Single(f => f.GetProperty("url").GetString() == "/complaints/");
        var text = complaints.GetProperty("text").GetString()!;

        Assert.Contains("ศูนย์ดำรงธรรม", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ข้ามไปยังเนื้อหาหลัก", text, StringComparison.Ordinal);    // the skip link
        Assert.DoesNotContain("นโยบายคุ้มครองข้อมูลส่วนบุคคล", text, StringComparison.Ordinal); // a footer link
        Assert.DoesNotContain("title:", text, StringComparison.Ordinal);                   // front matter
    }

    [Fact]
    public void Every_chunk_named_in_the_manifest_was_written()
    {
        var manifest = JsonDocument.Parse(Site.Text(SearchIndexWriter.ManifestPath)).RootElement;

        foreach (var chunk in manifest.GetProperty("chunks").EnumerateArray())
        {
            Assert.True(Site.Exists(SearchIndexWriter.Folder + "/" + chunk[1].GetString()), chunk[1].GetString());
        }

        Assert.True(Site.Exists(SearchIndexWriter.Folder + "/" + manifest.GetProperty("filters_file").GetString()));
    }
}
