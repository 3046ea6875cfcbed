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
    /// <summary>Elements whose content is text up to their end tag, which may hold a <c>&lt;</c> that starts no tag.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "title", "textarea"];

    /// <summary>Elements whose text is left as it is: code keeps its bytes, SVG and MathML have no HTML span, an option holds text only.</summary>
    private static readonly string[] UntouchedElements = ["code", "pre", "kbd", "samp", "svg", "math", "option", "template"];

    private static readonly SearchValues<char> QuoteOrTagEnd = SearchValues.Create("\"'>");

    private static ReadOnlySpan<byte> OpenTagUtf8 => "<span class=\"app-keep-word\">"u8;

    private static ReadOnlySpan<byte> CloseTagUtf8 => "</span>"u8;

    /// <summary>
    /// The page as UTF-8, each listed word in its text wrapped in <c>&lt;span class="app-keep-word"&gt;</c>.
    /// The bytes are written straight from the page's text: no second copy of a large page is built first.
    /// </summary>
    public static byte[] Utf8(ReadOnlySpan<char> html, KeepWordList words)
    {
        var stretches = words.MayOccurIn(html) ? Stretches(html, words) : [];
        var bytes = new byte[Encoding.UTF8.GetByteCount(html) + (stretches.Count * (OpenTagUtf8.Length + CloseTagUtf8.Length))];
        var written = 0;
        var copied = 0;
        foreach (var stretch in stretches)
        {
            var (start, length) = stretch.GetOffsetAndLength(html.Length);
            written += Encoding.UTF8.GetBytes(html[copied..start], bytes.AsSpan(written));
            OpenTagUtf8.CopyTo(bytes.AsSpan(written));
            written += OpenTagUtf8.Length;
            written += Encoding.UTF8.GetBytes(html.Slice(start, length), bytes.AsSpan(written));
            CloseTagUtf8.CopyTo(bytes.AsSpan(written));
            written += CloseTagUtf8.Length;
            copied = start + length;
        }

        Encoding.UTF8.GetBytes(html[copied..], bytes.AsSpan(written));
        return bytes;
    }

    /// <summary>Every stretch of the page's text to keep on one line, in order, as positions in <paramref name="html"/>.</summary>
    private static List<Range> Stretches(ReadOnlySpan<char> html, KeepWordList words)
    {
        var stretches = new List<Range>();
        var untouchedDepth = 0;
        var position = 0;
        while (position < html.Length)
        {
            var tag = IndexOf(html, "<", position);
            var textEnd = tag < 0 ? html.Length : tag;
            if (untouchedDepth == 0 && textEnd > position)
            {
                foreach (var stretch in words.Stretches(html[position..textEnd]))
                {
                    var (offset, length) = stretch.GetOffsetAndLength(textEnd - position);
                    stretches.Add(new Range(position + offset, position + offset + length));
                }
            }

            if (tag < 0)
            {
                break;
            }

            position = AfterMarkup(html, tag, ref untouchedDepth);
        }

        return stretches;
    }

    /// <summary>Where the text after the markup starting at <paramref name="start"/> (a <c>&lt;</c>) begins.</summary>
    private static int AfterMarkup(ReadOnlySpan<char> html, int start, ref int untouchedDepth)
    {
        if (html[start..].StartsWith("<!--", StringComparison.Ordinal))
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
        var name = html[nameStart..nameEnd];
        if (!closing && Contains(RawTextElements, name))
        {
            var close = EndTag(html, name, end);
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
    private static int TagEnd(ReadOnlySpan<char> html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var found = html[i..].IndexOfAny(QuoteOrTagEnd);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (html[i] == '>')
            {
                return i + 1;
            }

            var closingQuote = IndexOf(html, html.Slice(i, 1), i + 1);
            if (closingQuote < 0)
            {
                break;
            }

            i = closingQuote + 1;
        }

        return html.Length;
    }

    /// <summary>Where the first <c>&lt;/name</c> at or after <paramref name="from"/> starts, in any case; -1 for none.</summary>
    private static int EndTag(ReadOnlySpan<char> html, ReadOnlySpan<char> name, int from)
    {
        for (var at = IndexOf(html, "</", from); at >= 0; at = IndexOf(html, "</", at + 2))
        {
            if (html[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return -1;
    }

    private static int EndOf(ReadOnlySpan<char> html, string terminator, int from)
    {
        var found = IndexOf(html, terminator, from);
        return found < 0 ? html.Length : found + terminator.Length;
    }

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="html"/> at or after <paramref name="from"/>; -1 for nowhere.</summary>
    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int from)
    {
        var found = html[from..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
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
