using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// The words of a page's Markdown body as plain text, one line per block (paragraph, heading, list
/// item, table cell, code block), without markup, front matter or anything the theme adds around it
/// (navigation, footer). The search index is built from it.
/// </summary>
public static class PlainTextWriter
{
    public static string Write(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var text = block switch
            {
                YamlFrontMatterBlock => "",
                { Inline: { } inline } => InlineText.Of(inline),
                CodeBlock code => code.Lines.ToString().Trim(),
                _ => "",
            };
            if (text.Length > 0)
            {
                builder.Append(text).Append('\n');
            }
        }

        return builder.ToString();
    }
}
