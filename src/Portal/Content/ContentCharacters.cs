using System.Text;
using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// The one rule for characters in text that comes from content or data: control characters (other
/// than tab and line ends), noncharacters (U+FDD0–U+FDEF and U+FFFE/U+FFFF on every plane) and lone
/// surrogates are refused with a diagnostic. They are valid in a file but not in HTML or XML output,
/// and Unicode normalisation throws on some of them. The rule is applied where text enters the build:
/// a file's text (a page, a YAML or CSV data file: <see cref="Check"/>), every YAML scalar after its escapes are
/// decoded, and a link after it is percent-decoded.
/// </summary>
internal static class ContentCharacters
{
    /// <summary>The index of the first refused character in <paramref name="text"/>, or -1.</summary>
    public static int FindForbidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsForbiddenControl(c) || IsNoncharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsAllowed(string text) => FindForbidden(text) < 0;

    /// <summary>Applies the rule to a file's whole text: the first refused character is reported at its line and column (PT025).</summary>
    /// <returns>Whether the text has no refused character.</returns>
    public static bool Check(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var forbidden = FindForbidden(text);
        if (forbidden < 0)
        {
            return true;
        }

        var (line, column) = Position(text, forbidden);
        var name = Describe(text, forbidden);
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.ForbiddenCharacter, new SourceLocation(displayPath, line, column),
            $"พบอักขระควบคุมหรืออักขระต้องห้าม {name} ซึ่งมักติดมาจากการคัดลอก ให้ลบออก",
            $"the control character or noncharacter {name} is not allowed (often pasted in by accident); delete it"));
        return false;
    }

    /// <summary>How a refused character is named in messages: its code point, since it cannot be shown.</summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var value = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
        return $"U+{value:X4}";
    }

    /// <summary>
    /// The 1-based line and column of <paramref name="index"/> in <paramref name="text"/>. A line ends at
    /// <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as in Markdig, YAML and editors, so every stage counts alike.
    /// </summary>
    public static (int Line, int Column) Position(ReadOnlySpan<char> text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Escapes every refused character and every line break as <c>\u000A</c>, so untrusted text stays on one line of a message.</summary>
    public static string OnOneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                builder.Append(IsNoncharacter(codePoint) ? $"\\U{codePoint:X8}" : text.Substring(i, 2));
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || IsNoncharacter(c))
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsForbiddenControl(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
