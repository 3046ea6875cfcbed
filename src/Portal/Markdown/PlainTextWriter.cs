using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// The words of a page's Markdown body as plain text, one line per block (paragraph, heading, list
/// item, table cell, code block), without markup, front matter or anything the theme adds around it
/// (navigation, footer). The search index is built from it.
/// </summary>
internal static class PlainTextWriter
{
    /// <param name="nodes">The page's nodes in document order (<see cref="MarkdownTree"/>).</param>
    public static string Write(IReadOnlyList<MarkdownObject> nodes)
    {
        var builder = ReusedStringBuilder.Take(ref _builder, KeptCapacity);
        foreach (var block in nodes.OfType<LeafBlock>())
        {
            var start = builder.Length;
            switch (block)
            {
                case YamlFrontMatterBlock:
                    continue;
                case { Inline: { } inline }:
                    InlineText.Append(inline, builder);
                    break;
                case CodeBlock code:
                    builder.Append(code.Lines.ToString());
                    break;
                default:
                    continue;
            }

            // Each block's text trimmed in place, as a line of its own: no string per block.
            TrimFrom(builder, start);
            if (builder.Length > start)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>This thread's builder (<see cref="ReusedStringBuilder"/>).</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    private const int KeptCapacity = 1 << 18;

    private static void TrimFrom(StringBuilder builder, int start)
    {
        var end = builder.Length;
        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(builder[first]))
        {
            first++;
        }

        builder.Remove(start, first - start);
    }
}
