using AngleSharp.Html.Parser;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Tests.Unit.Support;

namespace Portal.Tests.Unit;

/// <summary>What the spec files cannot say: the table of contents, the front matter, and properties of all output.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Front_matter_is_not_rendered()
    {
        var rendered = Render("---\ntitle: ผลการประเมิน\ndate: 2023-02-15\n---\n\nเนื้อหา\n");

        Assert.Equal("<p>เนื้อหา</p>", rendered.Html.Trim());
    }

    [Fact]
    public void Crlf_front_matter_is_not_rendered()
    {
        var rendered = Render("---\r\ntitle: ผลการประเมิน\r\n---\r\nเนื้อหา\r\n");

        Assert.Equal("<p>เนื้อหา</p>", rendered.Html.Trim());
    }

    [Fact]
    public void Toc_lists_level_2_and_3_headings_with_their_ids_and_plain_text()
    {
        var rendered = Render("""
            ---
            title: t
            ---
            # หัวเรื่องหลัก

            ## ข้อเสนอแนะ (IIT)

            ### 1.1 ประเด็นที่ควรรักษา

            #### ระดับสี่

            ## *ผล*การ **ประเมิน** `ITA`

            ## ผลคะแนน {#scores}

            ## ข้อเสนอแนะ (IIT)
            """);

        Assert.Equal(
            [
                new TocEntry("ข้อเสนอแนะ-iit", "ข้อเสนอแนะ (IIT)", 2),
                new TocEntry("1-1-ประเด็นที่ควรรักษา", "1.1 ประเด็นที่ควรรักษา", 3),
                new TocEntry("ผลการ-ประเมิน-ita", "ผลการ ประเมิน ITA", 2),
                new TocEntry("scores", "ผลคะแนน", 2),
                new TocEntry("ข้อเสนอแนะ-iit-1", "ข้อเสนอแนะ (IIT)", 2),
            ],
            rendered.Toc);
    }

    [Fact]
    public void Toc_ids_match_the_rendered_heading_ids()
    {
        var rendered = Render("---\ntitle: t\n---\n## ก\n\n## ก\n\n### ข {#x-y}\n");
        var ids = new HtmlParser().ParseDocument(rendered.Html).QuerySelectorAll("h2, h3").Select(h => h.Id);

        Assert.Equal(ids, rendered.Toc.Select(t => t.Id));
    }

    [Fact]
    public void Heading_ids_are_unique_within_a_page_and_restart_on_the_next()
    {
        const string text = "---\ntitle: t\n---\n## ก\n\n## ก\n";

        var first = Render(text);
        var second = Render(text);

        Assert.Equal(["ก", "ก-1"], first.Toc.Select(t => t.Id));
        Assert.Equal(["ก", "ก-1"], second.Toc.Select(t => t.Id));
    }

    [Fact]
    public void No_output_has_inline_style_attributes()
    {
        // The content security policy (netlify.toml: style-src 'self') blocks style attributes, so
        // anything the renderer puts in one is silently lost in the browser.
        var rendered = Render("""
            ---
            title: t
            ---
            | ซ้าย | กลาง | ขวา |
            |:-----|:----:|----:|
            | ก | ข | 1 |

            +------+------+
            | ก    | ข    |
            +======+======+
            | 1    | 2    |
            +------+------+

            ข้อความ{style="color:red"}
            """);

        var document = new HtmlParser().ParseDocument(rendered.Html);

        Assert.Empty(document.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
    }

    [Fact]
    public void Rendering_is_deterministic_and_safe_in_parallel()
    {
        const string text = """
            ---
            title: t
            ---
            ## ข้อเสนอแนะ (IIT)

            ## ข้อเสนอแนะ (IIT)

            [ผล](results.md) [ไม่มี](missing.md)

            | ก | ข |
            |---|---|
            | 1 | 2 |

            :::note
            ข้อความ[^1]
            :::

            [^1]: เชิงอรรถ
            """;
        var expected = Render(text);

        var results = new (string Html, int Problems)[64];
        Parallel.For(0, results.Length, i =>
        {
            var diagnostics = new List<Diagnostic>();
            var html = Renderer.Render(new SourceFile("ita/page.md", "input/ita/page.md", text), new FakeLinkTargets(), diagnostics).Html;
            results[i] = (html, diagnostics.Count);
        });

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Html, r.Html);
            Assert.Equal(1, r.Problems);
        });
    }

    [Fact]
    public void Headings_never_take_an_id_the_theme_uses()
    {
        var renderer = new MarkdownRenderer(new HashSet<string> { "main-content" });

        var rendered = renderer.Render(new SourceFile("a.md", "input/a.md", "---\ntitle: t\n---\n## Main content\n"), new FakeLinkTargets(), []);

        Assert.Contains("<h2 id=\"main-content-1\">Main content</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal("main-content-1", Assert.Single(rendered.Toc).Id);
    }

    [Fact]
    public void Two_headings_with_the_same_explicit_id_are_reported_at_the_second()
    {
        var diagnostics = new List<Diagnostic>();

        Renderer.Render(new SourceFile("a.md", "input/a.md", "---\ntitle: t\n---\n## หนึ่ง {#ผล}\n\n## สอง {#ผล}\n"), new FakeLinkTargets(), diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(("PT018", 6, 1), (problem.Code.Id, problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void The_real_theme_reserves_the_skip_link_target()
    {
        var theme = Portal.Rendering.Theme.Load(Portal.Rendering.ThemeFolders.Of(Portal.Tests.WholeSite.TestPaths.RealTheme, builtInDirectory: null), new DiagnosticBag(), Portal.Features.PortalFeatures.Parts.Filters);

        Assert.Contains("main-content", theme.ElementIds);
        Assert.DoesNotContain(theme.ElementIds, id => id.Contains('{', StringComparison.Ordinal));
    }

    private static RenderedMarkdown Render(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var rendered = Renderer.Render(new SourceFile("ita/page.md", "input/ita/page.md", text), new FakeLinkTargets(), diagnostics);
        return rendered;
    }
}
