using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// A footnote is a page's source; one that is lost is a claim without its source. Markdown drops a
/// footnote silently when it is defined but never cited, shows <c>[^x]</c> as text when it is cited but
/// never defined, and reads <c>[^a][^b]</c> as one reference link to <c>[^b]</c>. Each is reported at its line.
/// </summary>
internal static partial class FootnoteChecker
{
    public static void Check(IReadOnlyList<MarkdownObject> nodes, SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        // Every footnote, cited or defined, is written with "[^": most pages have none, and need no walk.
        if (!file.Text.Contains("[^", StringComparison.Ordinal))
        {
            return;
        }

        var definitions = nodes.OfType<FootnoteLinkReferenceDefinition>().ToList();
        var cited = nodes.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>())
            .Where(f => f.Links.Count > 0)
            .Select(f => f.Label)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var link in nodes.OfType<FootnoteLink>().Where(l => !l.IsBackLink))
        {
            var written = SourceText(file, link);
            if (AdjacentPair().Match(written) is { Success: true } pair)
            {
                cited.Add("^" + pair.Groups[1].Value);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.AdjacentFootnotes, Location(file, link),
                    $"เชิงอรรถ {written} ติดกันจะถูกอ่านเป็นเชิงอรรถเดียว และ [^{pair.Groups[1].Value}] จะหายไป ให้เว้นวรรคคั่น: [^{pair.Groups[1].Value}] [^{pair.Groups[2].Value}]",
                    $"footnote references written side by side ({written}) are read as one, and [^{pair.Groups[1].Value}] is lost; put a space between them: [^{pair.Groups[1].Value}] [^{pair.Groups[2].Value}]"));
            }
        }

        foreach (var definition in definitions.Where(d => !cited.Contains(d.Label ?? "")))
        {
            var label = (definition.Label ?? "").TrimStart('^');
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnusedFootnote, new SourceLocation(file.DisplayPath, definition.Line + 1, definition.Column + 1),
                $"เชิงอรรถ [^{label}] ไม่มีที่ใดในหน้าอ้างถึง จึงไม่แสดงบนเว็บไซต์ ให้อ้างด้วย [^{label}] ในเนื้อหา หรือลบออก",
                $"footnote [^{label}] is defined but never cited, so it is not shown; cite it with [^{label}] or remove it"));
        }

        foreach (var (at, label) in UndefinedReferences(nodes, file))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UndefinedFootnote, LocationAt(file, at),
                $"อ้างเชิงอรรถ [^{label}] แต่ไม่มีบรรทัด [^{label}]: … ที่ให้ข้อความ จึงแสดงเป็นตัวอักษร [^{label}]",
                $"footnote [^{label}] is cited but never defined, so it shows as the text [^{label}]; add a line [^{label}]: …"));
        }
    }

    /// <summary>
    /// An undefined <c>[^x]</c> stays literal text, split among literals in ways that depend on the other
    /// extensions (<c>^</c> also marks superscript), so each literal <c>[</c> is read back from the source.
    /// </summary>
    private static IEnumerable<(int At, string Label)> UndefinedReferences(IReadOnlyList<MarkdownObject> nodes, SourceFile file)
    {
        foreach (var literal in nodes.OfType<LiteralInline>())
        {
            var content = literal.Content;
            for (var i = content.IndexOf('['); i >= 0 && i <= content.End; i = content.Text.IndexOf('[', i + 1, content.End - i))
            {
                var at = literal.Span.Start + (i - content.Start);
                if (at >= 0 && at < file.Text.Length && FootnoteReference().Match(file.Text, at) is { Success: true } reference && reference.Index == at)
                {
                    yield return (at, reference.Groups[1].Value);
                }
            }
        }
    }

    private static string SourceText(SourceFile file, Inline inline) =>
        inline.Span.Start >= 0 && inline.Span.End < file.Text.Length ? file.Text[inline.Span.Start..(inline.Span.End + 1)] : "";

    /// <summary>The line and column of a position in the file (literals split by other extensions carry no line of their own).</summary>
    private static SourceLocation LocationAt(SourceFile file, int at)
    {
        var lineStart = file.Text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var line = 1 + file.Text.AsSpan(0, lineStart).Count('\n');
        return new SourceLocation(file.DisplayPath, line, at - lineStart + 1);
    }

    private static SourceLocation Location(SourceFile file, Inline inline) => new(file.DisplayPath, inline.Line + 1, inline.Column + 1);

    [GeneratedRegex(@"^\[\^([^\]\s]+)\]\[\^([^\]\s]+)\]$")]
    private static partial Regex AdjacentPair();

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteReference();
}
