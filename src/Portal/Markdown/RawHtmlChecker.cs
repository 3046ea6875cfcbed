using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Raw HTML is not rendered (security): a typed <c>&lt;br&gt;</c> shows as the text "&lt;br&gt;". That is
/// right, but not silently: each tag is a warning that names it and gives the Markdown way to write it.
/// </summary>
internal static partial class RawHtmlChecker
{
    private static readonly Dictionary<string, (string Thai, string English)> MarkdownWays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["br"] = ("ขึ้นบรรทัดใหม่ด้วย \\ ท้ายบรรทัด หรือเว้นบรรทัดเพื่อขึ้นย่อหน้าใหม่", "end the line with a backslash \\, or leave a blank line for a new paragraph"),
        ["p"] = ("เว้นบรรทัดว่างหนึ่งบรรทัดเพื่อขึ้นย่อหน้าใหม่", "leave a blank line for a new paragraph"),
        ["b"] = ("ใช้ **ตัวหนา**", "write **bold**"),
        ["strong"] = ("ใช้ **ตัวหนา**", "write **bold**"),
        ["i"] = ("ใช้ *ตัวเอียง*", "write *italic*"),
        ["em"] = ("ใช้ *ตัวเอียง*", "write *italic*"),
        ["a"] = ("ใช้ [ข้อความ](ที่อยู่)", "write [text](address)"),
        ["img"] = ("ใช้ ![คำอธิบายภาพ](ไฟล์)", "write ![description](file)"),
        ["table"] = ("ใช้ตาราง | หัว | หัว |", "write a pipe table: | head | head |"),
        ["sup"] = ("ใช้ ^ยก^", "write ^superscript^"),
        ["sub"] = ("ใช้ ~ห้อย~", "write ~subscript~"),
        ["ul"] = ("ขึ้นแต่ละรายการด้วย - ", "start each item with - "),
        ["ol"] = ("ขึ้นแต่ละรายการด้วย 1. ", "start each item with 1. "),
        ["li"] = ("ขึ้นแต่ละรายการด้วย - หรือ 1. ", "start each item with - or 1. "),
        ["h1"] = ("ใช้ # หัวข้อ", "write # Heading"),
        ["h2"] = ("ใช้ ## หัวข้อ", "write ## Heading"),
        ["h3"] = ("ใช้ ### หัวข้อ", "write ### Heading"),
        ["hr"] = ("ใช้ --- บนบรรทัดของตัวเอง", "write --- on a line of its own"),
        ["div"] = ("ใช้กล่อง :::note หรือ {.class} ท้ายย่อหน้า", "use a :::note callout, or {.class} after the paragraph"),
        ["span"] = ("ใช้ {.class} หรือเขียนเป็นข้อความธรรมดา", "use {.class}, or plain text"),
    };

    public static void Check(IReadOnlyList<MarkdownObject> nodes, SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        foreach (var literal in nodes.OfType<LiteralInline>())
        {
            if (!literal.Content.AsSpan().Contains('<'))
            {
                continue;
            }

            var text = literal.Content.ToString();
            foreach (Match tag in Tag().Matches(text))
            {
                var name = tag.Groups[1].Value;
                var (thai, english) = MarkdownWays.GetValueOrDefault(name, ("เขียนด้วย Markdown แทน (ดู docs/content.md)", "write it in Markdown instead (see docs/content.md)"));
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.RawHtml, new SourceLocation(file.DisplayPath, literal.Line + 1, literal.Column + 1 + tag.Index),
                    $"เว็บไซต์ไม่แสดง HTML: {tag.Value} จะปรากฏเป็นตัวอักษร {thai}",
                    $"HTML is not rendered: {tag.Value} shows as text; {english}"));
            }
        }
    }

    [GeneratedRegex(@"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
