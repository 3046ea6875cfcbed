using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Tests.Unit.Support;

namespace Portal.Tests.Unit;

/// <summary>
/// Link checking and rewriting, through <see cref="MarkdownRenderer"/> with the small site of
/// <see cref="FakeLinkTargets"/>. The page is <c>input/ita/page.md</c>; its three front-matter lines
/// come first, so Markdown line 1 is file line 4.
/// </summary>
public sealed class LinkRewriterTests
{
    private const string FrontMatter = "---\ntitle: t\n---\n";
    private const int FirstBodyLine = 4;

    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("[a](results.md)", "/ita/results/")]
    [InlineData("[a](./results.md)", "/ita/results/")]
    [InlineData("[a](index.md)", "/ita/")]
    [InlineData("[a](../index.md)", "/")]
    [InlineData("[a](../about/history.md)", "/about/history/")]
    [InlineData("[a](/about/history.md)", "/about/history/")]
    [InlineData("[a](../ita/../about/history.md)", "/about/history/")]
    [InlineData("[a](RESULTS.MD)", "RESULTS.MD")]
    public void Links_to_md_files_become_page_urls(string markdown, string expected)
    {
        var (hrefs, _) = Links(markdown);

        Assert.Equal(expected, Assert.Single(hrefs));
    }

    [Theory]
    [InlineData("[a](../about/history.md#ที่ตั้ง)", "/about/history/#%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B8%95%E0%B8%B1%E0%B9%89%E0%B8%87")]
    [InlineData("[a](../about/history.md#top)", "/about/history/#top")]
    [InlineData("[a](results.md?tab=2)", "/ita/results/?tab=2")]
    [InlineData("[a](results.md?tab=2#o42)", "/ita/results/?tab=2#o42")]
    public void Fragment_and_query_are_kept(string markdown, string expected)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.Single(hrefs));
    }

    [Theory]
    [InlineData("[a](/ita/)")]
    [InlineData("[a](/)")]
    [InlineData("[a](/feed.xml)")]
    [InlineData("[a](/about/history/)")]
    public void Published_root_relative_urls_are_kept(string markdown)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal(markdown[4..^1], Assert.Single(hrefs));
    }

    [Theory]
    [InlineData("[a](../files/report.pdf)", "/files/report.pdf")]
    [InlineData("[a](/files/report.pdf)", "/files/report.pdf")]
    [InlineData("[a](../files/report.pdf#page=3)", "/files/report.pdf#page=3")]
    [InlineData("[a](../files/./report.pdf)", "/files/report.pdf")]
    public void Links_to_files_become_their_published_urls(string markdown, string expected)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.Single(hrefs));
    }

    [Theory]
    [InlineData("[a](<../files/ita/รายงาน 2566.pdf>)")]
    [InlineData("[a](../files/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%202566.pdf)")]
    [InlineData("[a](../files/ita/รายงาน%202566.pdf)")]
    public void Thai_file_names_are_found_and_percent_encoded_once(string markdown)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Empty(diagnostics);
        var href = Assert.Single(hrefs);
        Assert.Equal("/files/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%202566.pdf", href);
        Assert.Equal("/files/ita/รายงาน 2566.pdf", Uri.UnescapeDataString(href));
    }

    [Fact]
    public void Thai_page_urls_are_percent_encoded()
    {
        var (hrefs, diagnostics) = Links("[a](../services/คู่มือ-ขออนุญาต.md)");

        Assert.Empty(diagnostics);
        Assert.Equal("/services/คู่มือ-ขออนุญาต/", Uri.UnescapeDataString(Assert.Single(hrefs)));
        Assert.All(Assert.Single(hrefs), c => Assert.True(c < 128, $"'{c}' is not ASCII"));
    }

    [Theory]
    [InlineData("[a](https://www.banbuengcity.go.th/ita/)", "https://www.banbuengcity.go.th/ita/")]
    [InlineData("[a](http://example.com/a.md)", "http://example.com/a.md")]
    [InlineData("[a](HTTPS://EXAMPLE.COM)", "HTTPS://EXAMPLE.COM")]
    [InlineData("[a](mailto:saraban@banbuengcity.go.th)", "mailto:saraban@banbuengcity.go.th")]
    [InlineData("[a](tel:+6638443030)", "tel:+6638443030")]
    [InlineData("[a](//cdn.example.com/x.js)", "//cdn.example.com/x.js")]
    [InlineData("[a](#ผลคะแนน)", "#%E0%B8%9C%E0%B8%A5%E0%B8%84%E0%B8%B0%E0%B9%81%E0%B8%99%E0%B8%99")]
    [InlineData("[a](#top)", "#top")]
    [InlineData("https://www.banbuengcity.go.th/", "https://www.banbuengcity.go.th/")]
    [InlineData("<https://www.banbuengcity.go.th/>", "https://www.banbuengcity.go.th/")]
    public void External_links_and_fragments_are_left_alone(string markdown, string expected)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.Single(hrefs));
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))", "javascript")]
    [InlineData("[a](JavaScript:alert(1))", "JavaScript")]
    [InlineData("[a](data:text/html,<b>x</b>)", "data")]
    [InlineData("[a](vbscript:x)", "vbscript")]
    [InlineData("[a](file:///etc/passwd)", "file")]
    [InlineData("[a](javascript&#58;alert(1))", "javascript")]
    [InlineData("![a](javascript:alert(1))", "javascript")]
    public void Unsafe_schemes_are_reported_and_neutralised(string markdown, string scheme)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Equal("#", Assert.Single(hrefs));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnsafeLink, problem.Code);
        Assert.Equal(new SourceLocation("input/ita/page.md", FirstBodyLine, 1), problem.Location);
        Assert.Equal($"links with the '{scheme}:' scheme are not allowed; use http, https, mailto or tel", problem.EnglishMessage);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html,abc>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    public void Unsafe_schemes_in_angle_bracket_autolinks_are_reported_and_neutralised(string markdown)
    {
        // CommonMark autolinks are AutolinkInline nodes, not LinkInline: they must be checked too.
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Equal("#", Assert.Single(hrefs));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnsafeLink, problem.Code);
        Assert.Equal(new SourceLocation("input/ita/page.md", FirstBodyLine, 1), problem.Location);
    }

    [Fact]
    public void Unsafe_scheme_in_a_reference_definition_is_reported_where_it_is_used()
    {
        var (hrefs, diagnostics) = Links("ดู[ลิงก์][x]\n\n[x]: javascript:alert(1)");

        Assert.Equal("#", Assert.Single(hrefs));
        AssertProblems(diagnostics, ("PT011", FirstBodyLine, 3));
    }

    [Theory]
    [InlineData("[a](../../../x.md)", "../../../x.md")]
    [InlineData("[a](../../x.md)", "../../x.md")]
    [InlineData("[a](/../x.md)", "/../x.md")]
    [InlineData("[a](../files/../../secret.pdf)", "../files/../../secret.pdf")]
    [InlineData("![a](../../etc/passwd)", "../../etc/passwd")]
    public void Paths_leading_outside_input_are_reported(string markdown, string url)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Equal("#", Assert.Single(hrefs));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.PathOutsideInput, problem.Code);
        Assert.Equal(new SourceLocation("input/ita/page.md", FirstBodyLine, 1), problem.Location);
        Assert.Equal($"link '{url}' leads outside the input folder", problem.EnglishMessage);
    }

    [Fact]
    public void Missing_page_is_reported_with_the_resolved_path()
    {
        var (hrefs, diagnostics) = Links("ดูที่ [หน้า](missing.md#x) ด้วย");

        Assert.Equal("missing.md#x", Assert.Single(hrefs));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.BrokenPageLink, problem.Code);
        Assert.Equal(new SourceLocation("input/ita/page.md", FirstBodyLine, 7), problem.Location);
        Assert.Equal("link to a page that does not exist: 'missing.md' (input/ita/missing.md)", problem.EnglishMessage);
        Assert.Contains("input/ita/missing.md", problem.ThaiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_root_relative_page_is_reported()
    {
        var (_, diagnostics) = Links("[a](/nope/)");

        AssertProblems(diagnostics, ("PT007", FirstBodyLine, 1));
        Assert.Equal("link to a page that does not exist: '/nope/'", diagnostics[0].EnglishMessage);
    }

    [Theory]
    [InlineData("[a](../files/nope.pdf)")]
    [InlineData("[a](/files/nope.pdf)")]
    [InlineData("[a](report.pdf)")]
    [InlineData("![a](../files/nope.png)")]
    public void Missing_file_is_reported(string markdown)
    {
        var (hrefs, diagnostics) = Links(markdown);

        Assert.Equal(markdown[(markdown.IndexOf('(') + 1)..^1], Assert.Single(hrefs));
        AssertProblems(diagnostics, ("PT008", FirstBodyLine, 1));
        Assert.StartsWith($"link to a file that does not exist: '{markdown[(markdown.IndexOf('(') + 1)..^1]}'", diagnostics[0].EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_are_resolved_and_checked_like_links()
    {
        var (sources, diagnostics) = Links("![แผนภูมิ](../files/chart.png) ![ไม่มี](../files/none.png)");

        Assert.Equal(["/files/chart.png", "../files/none.png"], sources);
        AssertProblems(diagnostics, ("PT008", FirstBodyLine, 32));
    }

    [Fact]
    public void Each_problem_is_reported_at_its_own_line_and_column()
    {
        // Columns count UTF-16 code units, as editors do for Thai (every Thai code point is one unit).
        const string markdown = """
            | เอกสาร | ลิงก์ |
            |---|---|
            | ก | [x](nope1.md) |

            - รายการ [y](nope2.md)
              ต่อ [z](../files/nope3.pdf)

            > อ้างอิง [q](javascript:alert(1))

            :::note
            ในกล่อง [c](../../../nope4.md)
            :::

            เชิงอรรถ[^1]

            [^1]: ที่มา [f](nope5.md)

            ## หัว [h](nope6.md)
            """;

        var (_, diagnostics) = Links(markdown);

        AssertProblems([.. diagnostics.OrderBy(d => d.Location.Line)],
            ("PT007", FirstBodyLine + 2, 7),
            ("PT007", FirstBodyLine + 4, 10),
            ("PT008", FirstBodyLine + 5, 7),
            ("PT011", FirstBodyLine + 7, 11),
            ("PT010", FirstBodyLine + 10, 9),
            ("PT007", FirstBodyLine + 15, 13),
            ("PT007", FirstBodyLine + 17, 8));
    }

    [Fact]
    public void Every_broken_link_is_reported_not_just_the_first()
    {
        var (_, diagnostics) = Links("[a](nope1.md) [b](nope2.md)\n[c](nope1.md)");

        AssertProblems(diagnostics, ("PT007", FirstBodyLine, 1), ("PT007", FirstBodyLine, 15), ("PT007", FirstBodyLine + 1, 1));
    }

    [Fact]
    public void Positions_are_file_positions_with_crlf_line_endings()
    {
        var source = new SourceFile("ita/page.md", "input/ita/page.md", "---\r\ntitle: t\r\n---\r\n\r\nข้อความ\r\nดู [a](nope.md)\r\n");
        var diagnostics = new List<Diagnostic>();

        Renderer.Render(source, new FakeLinkTargets(), diagnostics);

        AssertProblems(diagnostics, ("PT007", 6, 4));
    }

    [Fact]
    public void A_page_at_the_input_root_resolves_from_the_root()
    {
        var (hrefs, diagnostics) = Links("[a](ita/results.md) [b](files/report.pdf) [c](../x.md)", "index.md");

        Assert.Equal(["/ita/results/", "/files/report.pdf", "#"], hrefs);
        AssertProblems(diagnostics, ("PT010", FirstBodyLine, 43));
    }

    [Fact]
    public void Query_only_link_is_left_alone()
    {
        // A link to the same page with another query (like a fragment-only link) has no path to check.
        var (hrefs, diagnostics) = Links("[หน้าถัดไป](?page=2)");

        Assert.Equal("?page=2", Assert.Single(hrefs));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Rewrite_can_be_called_on_a_parsed_document()
    {
        var document = Markdig.Markdown.Parse("[a](results.md) [b](nope.md)", new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build());
        var diagnostics = new List<Diagnostic>();

        LinkRewriter.Rewrite(document, new SourceFile("ita/page.md", "input/ita/page.md", ""), new FakeLinkTargets(), diagnostics);

        Assert.Equal(["/ita/results/", "nope.md"], document.Descendants<LinkInline>().Select(l => l.Url));
        AssertProblems(diagnostics, ("PT007", 1, 17));
    }

    [Fact]
    public void A_replaced_autolink_is_in_the_nodes_the_checks_read_after_rewriting()
    {
        var document = Markdig.Markdown.Parse("<javascript:alert(1)>", new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build());
        Assert.Single(MarkdownTree.AllNodes(document).OfType<AutolinkInline>());

        LinkRewriter.Rewrite(document, new SourceFile("ita/page.md", "input/ita/page.md", ""), new FakeLinkTargets(), []);

        Assert.Empty(MarkdownTree.AllNodes(document).OfType<AutolinkInline>());
        Assert.Equal("#", Assert.Single(MarkdownTree.AllNodes(document).OfType<LinkInline>()).Url);
    }

    /// <summary>Renders the Markdown as the body of a page and returns every href and src in order.</summary>
    private static (IReadOnlyList<string> Urls, IReadOnlyList<Diagnostic> Diagnostics) Links(string markdown, string page = "ita/page.md")
    {
        var source = new SourceFile(page, "input/" + page, FrontMatter + markdown.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        var diagnostics = new List<Diagnostic>();
        var html = Renderer.Render(source, new FakeLinkTargets(), diagnostics).Html;
        var document = new HtmlParser().ParseDocument(html);
        var urls = document.QuerySelectorAll("a[href]:not(.footnote-ref):not(.footnote-back-ref), img[src]")
            .Select(e => e.GetAttribute(e.LocalName == "img" ? "src" : "href")!)
            .ToList();
        return (urls, diagnostics);
    }

    private static void AssertProblems(IReadOnlyList<Diagnostic> diagnostics, params (string Code, int Line, int Column)[] expected) =>
        Assert.Equal(expected, diagnostics.Select(d => (d.Code.Id, d.Location.Line, d.Location.Column)).ToArray());
}
