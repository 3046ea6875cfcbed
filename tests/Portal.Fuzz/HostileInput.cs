using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Portal.Fuzz;

/// <summary>
/// Generators of structured hostile input: YAML with anchors, aliases (self-referencing and exponential)
/// and deep nesting; Markdown with deep structure and unclosed syntax; and text mixing Thai, the syntax of
/// each language, and the characters that break output (controls, lone and doubled surrogates, noncharacters).
/// </summary>
internal static class HostileInput
{
    private static readonly string[] Characters =
    [
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD800\uD800", "\uDC00\uD800",
        "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF", "\U0001FFFE", "\U0010FFFF", "\uFEFF", "\u200B", "\u2028",
        "\r", "\t", "\n", "\r\n",
    ];

    private static readonly string[] Thai = ["ก", "ข", "น้ำ", "ประกาศ", "เทศบาล", "ำ", "\u0E4D\u0E32", "\u0E4D\u0E49\u0E32", "่", "๒๕๖๖", "ฯ"];

    private static readonly string[] YamlSyntax =
    [
        ": ", "- ", "? ", "&a ", "*a", "&b ", "*b", "!!str ", "!!binary ", "!<x> ", "{", "}", "[", "]", ", ", "# ", "|", ">-", "'", "\"",
        "\\", "\\x01", "\\uD800", "\\uD800\\uD800", "\\uFFFE", "\\U0010FFFF", "\\N", "...", "---", "%YAML 1.2\n", "%TAG ! x\n", "<<: *a", "@", "`", "~", "null",
        "title: ", "layout: ", "date: ", "attachments:\n  - file: ", "oit: [", "tags: [", "url: ", "base_url: ",
    ];

    private static readonly string[] MarkdownSyntax =
    [
        "> ", "- ", "* ", "1. ", "+ ", "[", "]", "(", ")", "](", "[a](", "![", "# ", "## ", "{#", "}", "{#app-nav-list}", "{#main-content}", "{.x}",
        "{onclick=alert(1)}", ":::", ":::note", ":::warning", ":::danger", "|", "| a | b |\n|---|---|\n", "+---+---+\n", "`", "```\n", "~~~\n",
        "<script>alert(1)</script>", "javascript:alert(1)", "data:text/html,x", "vbscript:x", "%EF%BF%BE", "%00", "%ED%A0%80", "&amp;", "&#0;", "&#1;", "&#x9F;", "&#xFFFE;", "&#xD800;", "&#x10FFFF;", "*", "_", "~~", "^",
        "[^1]", "[^1]: x\n", "<http://x>", "www.example.go.th", "../", "../../etc/passwd", "/files/", "files/x.pdf", "a.md", "results.md#", "\n\n", "    ",
    ];

    public static Gen<string> YamlText => Text(YamlSyntax);

    public static Gen<string> MarkdownText => Text(MarkdownSyntax);

    /// <summary>YAML built from parts that each stress one limit, mixed with free hostile text.</summary>
    public static Gen<string> Yaml => Gen.OneOf(
        YamlText,
        Gen.Choose(1, 3_000).Select(depth => "k: " + new string('[', depth) + "x" + new string(']', depth % 7 == 0 ? depth / 2 : depth)),
        Gen.Choose(1, 300).Select(depth => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + "v"),
        Gen.Choose(1, 12).SelectMany(levels => Gen.Choose(2, 12).Select(width => Laughs(levels, width))),
        Gen.Elements("a: &a [*a]", "a: &a {b: *a}", "a: &a\n  - *a", "&a [*a, *a]", "a: *missing", "a: &a\n  b: &b [*a, *b]", "<<: *a\na: &a x"),
        Gen.ListOf(Gen.OneOf(YamlText, Gen.Elements(YamlSyntax))).Select(parts => string.Join('\n', parts)));

    /// <summary>Markdown with deep structure: runs of block and inline openers, and free hostile text.</summary>
    public static Gen<string> Markdown => Gen.OneOf(
        MarkdownText,
        Gen.Elements(">", "- ", "* ", "1. ", "[", "[a](", "](", "*", "_", "![", "(", "{#", ":::").SelectMany(opener =>
            Gen.Choose(1, 3_000).Select(count => string.Concat(Enumerable.Repeat(opener, count)) + " ข้อความ")),
        Gen.Choose(1, 2_000).Select(count => string.Concat(Enumerable.Repeat("## ประกาศ\n", count))),
        Gen.ListOf(MarkdownText).Select(lines => string.Join('\n', lines)));

    /// <summary>Any text, as bytes, sometimes with bytes that are not UTF-8 (stray high bytes, TIS-620 Thai) spliced in.</summary>
    public static Gen<byte[]> Bytes(Gen<string> text) => Gen.OneOf(
        text.Select(t => Encoding.UTF8.GetBytes(t)),
        text.Zip(Gen.ArrayOf(Gen.Choose(0x80, 0xFF).Select(b => (byte)b)), (t, junk) => (byte[])[.. Encoding.UTF8.GetBytes(t), .. junk, .. Encoding.UTF8.GetBytes(t)]));

    private static Gen<string> Text(string[] syntax)
    {
        var piece = Gen.Frequency(
            (4, Gen.Elements(syntax)),
            (3, Gen.Elements(Thai)),
            (2, Gen.Elements(Characters)),
            (2, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Elements(syntax).SelectMany(s => Gen.Choose(1, 200).Select(n => string.Concat(Enumerable.Repeat(s, n))))));
        return Gen.ListOf(piece).Select(parts => string.Concat(parts));
    }

    /// <summary>"Billion laughs": each anchor repeats the one before <paramref name="width"/> times.</summary>
    private static string Laughs(int levels, int width)
    {
        var yaml = new StringBuilder("l0: &l0 [lol]\n");
        for (var i = 1; i < levels; i++)
        {
            yaml.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", width))}]\n");
        }

        return yaml.ToString();
    }
}
