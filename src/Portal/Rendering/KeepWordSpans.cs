using System.Buffers;
using System.Text;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// The last step of rendering a page: each listed word (<see cref="KeepWordList"/>) in the page's text becomes
/// <c>&lt;span class="app-keep-word"&gt;</c>, which the stylesheet keeps on one line. It works on the finished HTML,
/// so text from Markdown, front matter and data files alike is covered. Only text is touched: never a tag or its
/// attributes (links' <c>href</c>, heading ids, <c>data-label</c>), comments, or elements whose text is code, raw
/// text or not HTML (<c>code</c>, <c>pre</c>, <c>script</c>, <c>title</c>, <c>svg</c>…). The text itself is unchanged
/// (no word joiners), so copying and find-in-page see the words as written.
/// </summary>
internal static class KeepWordSpans
{
    public const string OpenTag = "<span class=\"app-keep-word\">";
    public const string CloseTag = "</span>";

    /// <summary>Elements whose content is text up to their end tag, which may hold a <c>&lt;</c> that starts no tag.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "title", "textarea"];

    /// <summary>Elements whose text is left as it is: code keeps its bytes, SVG and MathML have no HTML span, an option holds text only.</summary>
    private static readonly string[] UntouchedElements = ["code", "pre", "kbd", "samp", "svg", "math", "option", "template"];

    private static readonly SearchValues<char> QuoteOrTagEnd = SearchValues.Create("\"'>");

    public static string Apply(string html, KeepWordList words)
    {
        if (!words.MayOccurIn(html))
        {
            return html;
        }

        var output = new StringBuilder(html.Length + 512);
        var copied = 0;
        var untouchedDepth = 0;
        var position = 0;
        while (position < html.Length)
        {
            var tag = html.IndexOf('<', position);
            var textEnd = tag < 0 ? html.Length : tag;
            if (untouchedDepth == 0 && textEnd > position)
            {
                copied = WrapText(html, position, textEnd, words, output, copied);
            }

            if (tag < 0)
            {
                break;
            }

            position = AfterMarkup(html, tag, ref untouchedDepth);
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    private static int WrapText(string html, int start, int end, KeepWordList words, StringBuilder output, int copied)
    {
        foreach (var stretch in words.Stretches(html.AsSpan(start, end - start)))
        {
            var (offset, length) = stretch.GetOffsetAndLength(end - start);
            output.Append(html, copied, start + offset - copied)
                .Append(OpenTag).Append(html, start + offset, length).Append(CloseTag);
            copied = start + offset + length;
        }

        return copied;
    }

    /// <summary>Where the text after the markup starting at <paramref name="start"/> (a <c>&lt;</c>) begins.</summary>
    private static int AfterMarkup(string html, int start, ref int untouchedDepth)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            return EndOf(html, "-->", start + 4);
        }

        var closing = start + 1 < html.Length && html[start + 1] == '/';
        var nameStart = start + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart)
        {
            // <!DOCTYPE …> or <?…?>; a lone "<" in text is encoded by every writer, so anything else is markup too.
            return EndOf(html, ">", start + 1);
        }

        var end = TagEnd(html, nameEnd);
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (!closing && Contains(RawTextElements, name))
        {
            var close = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : TagEnd(html, close + 2 + name.Length);
        }

        if (Contains(UntouchedElements, name))
        {
            var selfClosing = html[end - 2] == '/';
            untouchedDepth = closing ? Math.Max(0, untouchedDepth - 1) : selfClosing ? untouchedDepth : untouchedDepth + 1;
        }

        return end;
    }

    /// <summary>Just past the <c>&gt;</c> that ends a tag, skipping any inside quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var found = html.AsSpan(i).IndexOfAny(QuoteOrTagEnd);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (html[i] == '>')
            {
                return i + 1;
            }

            var closingQuote = html.IndexOf(html[i], i + 1);
            if (closingQuote < 0)
            {
                break;
            }

            i = closingQuote + 1;
        }

        return html.Length;
    }

    private static int EndOf(string html, string terminator, int from)
    {
        var found = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return found < 0 ? html.Length : found + terminator.Length;
    }

    private static bool Contains(string[] names, ReadOnlySpan<char> name)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
