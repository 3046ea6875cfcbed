using System.Text.RegularExpressions;

namespace Portal.Content;

/// <summary>
/// The short English name of a new page's file (<c>2026-12-06-water-permit.md</c>): lower-case letters, digits and single
/// hyphens, so its URL is short and readable, as ITAS keeps a URL once it is published.
/// </summary>
internal static partial class PageSlug
{
    /// <summary>The same rule for the web editor's field (a JavaScript pattern) and the check.</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string slug) => Rule().IsMatch(slug) && !slug.Contains('\n', StringComparison.Ordinal);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Rule();
}
