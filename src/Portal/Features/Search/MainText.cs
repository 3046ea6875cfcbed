using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Features.Search;

/// <summary>
/// The plain text of a generated page (an OIT item, the contact page, a year of the news archive), which has no
/// Markdown body: the text inside its <c>&lt;main&gt;</c> element, where the layout puts what the page says, without
/// the banner, menu, breadcrumbs and footer every page repeats. Scripts and styles are not text.
/// </summary>
internal static partial class MainText
{
    public static string Of(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var main = MainElement().Match(text);
        if (!main.Success)
        {
            return "";
        }

        var withoutCode = ScriptOrStyle().Replace(main.Groups["inner"].Value, " ");
        var withoutTags = Tag().Replace(withoutCode, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex(@"<main\b[^>]*>(?<inner>.*)</main>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MainElement();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
