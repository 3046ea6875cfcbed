using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Content;

/// <summary>
/// The one check for the scheme of a URL that content or data puts in a link: only http, https, mailto
/// and tel. <c>javascript:</c>, <c>data:</c> and the rest could run script on the site's own origin.
/// </summary>
internal static partial class UrlSchemes
{
    private static readonly HashSet<string> Safe = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>The scheme of <paramref name="url"/> when it has one that is not allowed, else null.</summary>
    public static string? Unsafe(string url) =>
        SchemePattern().Match(url) is { Success: true } match && !Safe.Contains(match.Groups[1].Value) ? match.Groups[1].Value : null;

    /// <summary>Whether the URL names a scheme at all (an absolute link); relative links have none.</summary>
    public static bool HasScheme(string url) => SchemePattern().IsMatch(url);

    /// <summary>
    /// A link target that a browser reads otherwise than it looks: it starts with <c>//</c> or a backslash (browsers turn
    /// <c>\</c> into <c>/</c>, so <c>/\evil.example</c> leads to another site), or holds an invisible character
    /// (<see cref="IsInvisible"/>) other than U+0020, or a space at either end, which browsers drop or encode. Data and front matter write
    /// other sites' addresses in full (<c>https://…</c>), so none of these is needed there.
    /// </summary>
    public static bool IsDisguised(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("/\\", StringComparison.Ordinal)
        || url.Length > 0 && (url[0] == ' ' || url[^1] == ' ')
        || url.EnumerateRunes().Any(rune => rune.Value != ' ' && IsInvisible(rune));

    /// <summary>
    /// A character no one sees in an address: controls, every Unicode space and line or paragraph separator, format
    /// characters (zero-width, direction marks), broken surrogates, private-use and unassigned code points.
    /// </summary>
    public static bool IsInvisible(Rune rune) =>
        Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune == Rune.ReplacementChar
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    public static (string Thai, string English) DisguisedMessage(string url) =>
        ($"ที่อยู่ '{ContentCharacters.OnOneLine(url)}' อ่านได้ต่างจากที่เห็น (ขึ้นต้นด้วย // หรือ \\ หรือมีอักขระที่มองไม่เห็นหรือช่องว่างที่หัวท้าย) ให้เขียนที่อยู่เว็บอื่นเต็มรูปแบบ https://… หรือที่อยู่ในเว็บไซต์ที่ขึ้นต้นด้วย /",
            $"the address '{ContentCharacters.OnOneLine(url)}' reads otherwise than it looks (it starts with // or a backslash, or holds an invisible character or a space at either end); write another site's address in full, https://…, or a path on this site starting with /");

    public static (string Thai, string English) Message(string scheme) =>
        ($"ลิงก์แบบ '{scheme}:' ไม่อนุญาต ใช้ได้เฉพาะ http, https, mailto และ tel",
            $"links with the '{scheme}:' scheme are not allowed; use http, https, mailto or tel");

    // Browsers drop tabs and line breaks inside a scheme ("java\tscript:"), and leading spaces and controls.
    [GeneratedRegex("^[\\x00-\\x20]*([a-zA-Z][a-zA-Z0-9+.\\-\\t\\r\\n]*):")]
    private static partial Regex SchemePattern();
}
