using System.Text;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown;

/// <summary>The plain text of inline Markdown (a heading's words without emphasis or link syntax).</summary>
internal static class InlineText
{
    /// <summary>This thread's builder (<see cref="ReusedStringBuilder"/>): every heading and table cell of every page asks for its text.</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>A heading or a cell is short; one of a page's length is not worth keeping a buffer for.</summary>
    private const int KeptCapacity = 1 << 12;

    public static string Of(ContainerInline? container)
    {
        var builder = ReusedStringBuilder.Take(ref _builder, KeptCapacity);
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
