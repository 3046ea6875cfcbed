using Portal.Site;

namespace Portal.Tests.Unit;

public sealed class PageUrlsTests
{
    [Theory]
    [InlineData("index.md", "/")]
    [InlineData("about.md", "/about/")]
    [InlineData("ita/index.md", "/ita/")]
    [InlineData("ita/results.md", "/ita/results/")]
    [InlineData("news/2023/2023-02-15-ita-report.md", "/news/2023/2023-02-15-ita-report/")]
    [InlineData("news/2023/index.md", "/news/2023/")]
    [InlineData("services/คู่มือ-ขออนุญาต.md", "/services/คู่มือ-ขออนุญาต/")]
    [InlineData("reindex.md", "/reindex/")]
    [InlineData("a/myindex.md", "/a/myindex/")]
    public void Source_paths_become_pretty_urls(string source, string url) =>
        Assert.Equal(url, PageUrls.FromSourcePath(source));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/ita/", "ita/index.html")]
    [InlineData("/ita/2566/o42/", "ita/2566/o42/index.html")]
    [InlineData("/services/คู่มือ/", "services/คู่มือ/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/search/index.json", "search/index.json")]
    public void Output_path_is_the_file_that_serves_the_url(string url, string path) =>
        Assert.Equal(path, PageUrls.OutputPath(url));

    [Theory]
    [InlineData("/ita/2566/o42/", "/ita/2566/")]
    [InlineData("/ita/2566/", "/ita/")]
    [InlineData("/ita/", "/")]
    [InlineData("/services/คู่มือ/", "/services/")]
    [InlineData("/404.html", "/")]
    public void Parent_is_the_enclosing_section(string url, string parent) =>
        Assert.Equal(parent, PageUrls.Parent(url));

    [Fact]
    public void Home_page_has_no_parent() => Assert.Null(PageUrls.Parent("/"));

    [Theory]
    [InlineData("https://www.banbuengcity.go.th", "/ita/2566/o42/", "https://www.banbuengcity.go.th/ita/2566/o42/")]
    [InlineData("https://www.banbuengcity.go.th/", "/ita/", "https://www.banbuengcity.go.th/ita/")]
    [InlineData("https://www.banbuengcity.go.th/", "/", "https://www.banbuengcity.go.th/")]
    [InlineData("https://deploy-preview-7--portal.netlify.app", "/feed.xml", "https://deploy-preview-7--portal.netlify.app/feed.xml")]
    [InlineData("https://example.org/sub/", "/ita/", "https://example.org/sub/ita/")]
    public void Absolute_joins_base_and_path_with_one_slash(string baseUrl, string url, string expected) =>
        Assert.Equal(expected, PageUrls.Absolute(baseUrl, url));

    [Fact]
    public void Absolute_percent_encodes_thai_segments()
    {
        var absolute = PageUrls.Absolute("https://www.banbuengcity.go.th", "/services/คู่มือ/");

        Assert.Equal("https://www.banbuengcity.go.th/services/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD/", absolute);
        Assert.True(Uri.IsWellFormedUriString(absolute, UriKind.Absolute));
        Assert.Equal("/services/คู่มือ/", Uri.UnescapeDataString(new Uri(absolute).AbsolutePath));
    }

    [Fact]
    public void Absolute_percent_encodes_spaces_and_keeps_slashes()
    {
        Assert.Equal(
            "https://www.banbuengcity.go.th/files/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%202566.pdf",
            PageUrls.Absolute("https://www.banbuengcity.go.th", "/files/ita/รายงาน 2566.pdf"));
    }

    [Theory]
    [InlineData("/ita/2566/o42/")]
    [InlineData("/a-b_c.d~e/")]
    public void Escape_path_leaves_plain_ascii_paths_unchanged(string url) =>
        Assert.Equal(url, PageUrls.EscapePath(url));

    [Fact]
    public void Escape_path_encodes_each_segment_once() =>
        Assert.Equal("/a%20b/%E0%B8%81/", PageUrls.EscapePath("/a b/ก/"));

    [Theory]
    [InlineData("index.md")]
    [InlineData("ita/index.md")]
    [InlineData("ita/results.md")]
    [InlineData("services/คู่มือ.md")]
    public void Url_and_output_path_agree(string source)
    {
        var url = PageUrls.FromSourcePath(source);

        Assert.StartsWith("/", url, StringComparison.Ordinal);
        Assert.EndsWith("/", url, StringComparison.Ordinal);
        Assert.EndsWith("index.html", PageUrls.OutputPath(url), StringComparison.Ordinal);
        Assert.False(PageUrls.OutputPath(url).StartsWith('/'));
    }
}
