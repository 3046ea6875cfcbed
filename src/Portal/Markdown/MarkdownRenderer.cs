using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// The Markdown stage: one shared, thread-safe Markdig pipeline with the extensions staff may use,
/// and the per-page work of parsing, checking links and writing HTML.
/// </summary>
internal sealed class MarkdownRenderer
{
    private static readonly string? MarkdigAssembly = typeof(Markdig.Markdown).Assembly.GetName().Name;
    private static readonly RenderedMarkdown Empty = new("", [], MarkdownOutline.Empty, "");

    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlySet<string> _themeIds;

    /// <param name="themeIds">Element ids the theme's templates use; headings get other ids.</param>
    public MarkdownRenderer(IReadOnlySet<string>? themeIds = null)
    {
        _themeIds = themeIds ?? new HashSet<string>();

        // Generic attributes must come last: it attaches to the other extensions' syntax.
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseCustomContainers()
            .UseAutoLinks()
            .UseFigures()
            .UseEmphasisExtras()
            .UseListExtras()
            .UsePreciseSourceLocation()
            .DisableHtml()
            .UseGenericAttributes();
        builder.Extensions.Add(new SafeAttributesExtension());
        builder.Extensions.Add(new HeadingIdsExtension(_themeIds));
        builder.Extensions.Add(new PortalRenderersExtension());

        // Setext headings in linear time (LinearSetextParagraphParser); everything else is Markdig's paragraph parser.
        builder.BlockParsers.Replace<ParagraphBlockParser>(new LinearSetextParagraphParser());
        _pipeline = builder.Build();
    }

    /// <summary>Renders the page's whole file (front matter included, so positions are file positions).</summary>
    public RenderedMarkdown Render(SourceFile file, ILinkTargets targets, ICollection<Diagnostic> diagnostics)
    {
        if (MarkdownSize.FirstLinePastBudget(file.Text) is { } pastBudget)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PageTooComplex, new SourceLocation(file.DisplayPath, pastBudget),
                $"หน้านี้มีส่วนประกอบ (บรรทัด ช่องตาราง ลิงก์ ตัวเน้น) เกิน {MarkdownSize.Budget:N0} ส่วนตั้งแต่บรรทัดนี้ จึงสร้างหน้าไม่ได้ในเวลาที่กำหนด ให้แบ่งเป็นหลายหน้า หรือย้ายตารางข้อมูลไปเป็นไฟล์ CSV ใน input/_data/",
                $"this page has more than {MarkdownSize.Budget:N0} elements (lines, table cells, links, emphasis) from this line on, too many to build in time; split it into pages, or put tabular data in a CSV file in input/_data/"));
            return Empty;
        }

        if (LinkDestinationCost.FirstCostlyLine(file.Text) is { } line)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.LinkSyntaxTooCostly, new SourceLocation(file.DisplayPath, line),
                "ข้อความช่วงนี้มีลิงก์ที่เปิด [..]( แต่ไม่ปิดจำนวนมากโดยไม่มีช่องว่าง ทำให้แปลงหน้าไม่ทันเวลา ให้ปิดวงเล็บหรือเว้นวรรค",
                "this text has many link openings [..]( that are never closed, with no space between them, and would take too long to parse; close them or add spaces"));
            return Empty;
        }

        try
        {
            var document = Markdig.Markdown.Parse(file.Text, _pipeline);
            var written = MarkdownTree.AllNodes(document).OfType<LinkInline>().Select(link => (Link: link, Url: link.Url ?? "")).ToList();
            LinkRewriter.Rewrite(document, file, targets, diagnostics);

            // The tree is final now: every check and outline below reads its nodes by type.
            var nodes = MarkdownTree.AllNodes(document);
            CalloutChecker.Check(nodes, file, diagnostics);
            EntityChecker.Check(nodes, file, diagnostics);
            FootnoteChecker.Check(nodes, file, diagnostics);
            RawHtmlChecker.Check(nodes, file, diagnostics);
            SafeAttributesExtension.Check(nodes, file, diagnostics);
            var toc = TableOfContents(nodes, file, _themeIds, diagnostics);

            // Markdig's ToHtml rents a renderer the pipeline has set up already: making one for each page was a
            // twentieth of the Markdown stage.
            return new RenderedMarkdown(Markdig.Markdown.ToHtml(document, _pipeline), toc, Outline(nodes, file, written), PlainTextWriter.Write(nodes));
        }
        catch (ArgumentException e) when (e.Source == MarkdigAssembly)
        {
            // Markdig refuses, when parsing or when writing HTML, input nested past its depth limit (about 128
            // levels of '>', list markers, brackets or emphasis).
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.MarkdownTooDeep, new SourceLocation(file.DisplayPath),
                "เนื้อหาในหน้านี้ซ้อนกันลึกเกินไป (เช่น > รายการ วงเล็บ หรือ * ซ้อนกันเป็นร้อยชั้น) ให้ลดการซ้อน",
                "the Markdown in this page is nested too deeply (e.g. hundreds of levels of '>', list markers, brackets or '*'); flatten it"));
            return Empty;
        }
    }

    /// <summary>Links as written and as published (the rewriter has changed them in place), images and headings, each at its place in the file.</summary>
    private static MarkdownOutline Outline(IReadOnlyList<MarkdownObject> nodes, SourceFile file, List<(LinkInline Link, string Url)> written)
    {
        SourceLocation At(int line, int column) => new(file.DisplayPath, line + 1, column + 1);
        return new MarkdownOutline(
            [.. written.Where(w => !w.Link.IsImage).Select(w => new OutlineLink(w.Url, w.Link.Url ?? "", At(w.Link.Line, w.Link.Column)))],
            [.. written.Where(w => w.Link.IsImage).Select(w => new OutlineImage(w.Url, InlineText.Of(w.Link), At(w.Link.Line, w.Link.Column)))],
            [.. nodes.OfType<HeadingBlock>().Select(h => new OutlineHeading(h.Level, h.GetAttributes().Id ?? "", At(h.Line, h.Column)))]);
    }

    /// <summary>
    /// The h2/h3 headings for the table of contents, in one pass that also reports a repeated id:
    /// generated ids are unique, so only two headings given the same <c>{#id}</c> can clash.
    /// </summary>
    private static List<TocEntry> TableOfContents(IReadOnlyList<MarkdownObject> nodes, SourceFile file, IReadOnlySet<string> themeIds, ICollection<Diagnostic> diagnostics)
    {
        var toc = new List<TocEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in nodes.OfType<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? "";
            var location = new SourceLocation(file.DisplayPath, heading.Line + 1, heading.Column + 1);
            if (themeIds.Contains(id))
            {
                // Generated ids never take a theme id, so this one was written as {#id}.
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.ReservedId, location,
                    $"id '{id}' ถูกใช้โดยแม่แบบของเว็บไซต์ (เช่น เมนูหรือลิงก์ข้ามไปเนื้อหา) ให้ตั้ง {{#id}} อื่น",
                    $"the id '{id}' is used by the site's templates (the menu, the skip link…); choose another {{#id}}"));
            }
            else if (!seen.Add(id))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.DuplicateId, location,
                    $"มีหัวข้ออื่นในหน้านี้ใช้ id '{id}' แล้ว ให้ตั้ง {{#id}} ใหม่", $"another heading on this page already has the id '{id}'; choose another {{#id}}"));
            }

            if (heading.Level is 2 or 3)
            {
                toc.Add(new TocEntry(id, InlineText.Of(heading.Inline), heading.Level));
            }
        }

        return toc;
    }
}
