using System.Text;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown;

/// <summary>The plain text of inline Markdown (a heading's words without emphasis or link syntax).</summary>
internal static class InlineText
{
    /// <summary>One builder per thread: every heading and table cell of every page asks for its text.</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Of(ContainerInline? container)
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    /// <summary>Appends the plain text of <paramref name="inline"/>, untrimmed.</summary>
    public static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
