using System.Text.RegularExpressions;

namespace Portal.Content;

/// <summary>
/// The one check for the scheme of a URL that content or data puts in a link: only http, https, mailto
/// and tel. <c>javascript:</c>, <c>data:</c> and the rest could run script on the site's own origin.
/// </summary>
public static partial class UrlSchemes
{
    private static readonly HashSet<string> Safe = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>The scheme of <paramref name="url"/> when it has one that is not allowed, else null.</summary>
    public static string? Unsafe(string url) =>
        SchemePattern().Match(url) is { Success: true } match && !Safe.Contains(match.Groups[1].Value) ? match.Groups[1].Value : null;

    /// <summary>Whether the URL names a scheme at all (an absolute link); relative links have none.</summary>
    public static bool HasScheme(string url) => SchemePattern().IsMatch(url);

    public static (string Thai, string English) Message(string scheme) =>
        ($"ลิงก์แบบ '{scheme}:' ไม่อนุญาต ใช้ได้เฉพาะ http, https, mailto และ tel",
            $"links with the '{scheme}:' scheme are not allowed; use http, https, mailto or tel");

    // Browsers drop tabs and line breaks inside a scheme ("java\tscript:"), and leading spaces and controls.
    [GeneratedRegex("^[\\x00-\\x20]*([a-zA-Z][a-zA-Z0-9+.\\-\\t\\r\\n]*):")]
    private static partial Regex SchemePattern();
}
