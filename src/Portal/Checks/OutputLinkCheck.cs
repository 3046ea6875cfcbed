using System.Text;
using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Checks;

/// <summary>
/// Every root-relative <c>href</c> and <c>src</c> in the finished pages must lead to a file of the site:
/// links the theme writes (menus from <c>site.yml</c>, attachments, assets) as well as the text's. Links
/// in the text were already checked by the build at their own line, so they are skipped here. A broken
/// theme link is on many pages; it is reported once, at the first, with how many more.
/// </summary>
internal sealed partial class OutputLinkCheck : IOutputCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var missing = new Dictionary<string, (Diagnostic First, int Pages)>(StringComparer.Ordinal);
        foreach (var page in context.Pages)
        {
            var checkedByBuild = page.Outline.Links.Select(l => l.Href)
                .Concat(page.Outline.Images.Select(i => i.Source))
                .ToHashSet(StringComparer.Ordinal);
            var html = Encoding.UTF8.GetString(page.Html);
            foreach (var url in RootRelativeUrl().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct(StringComparer.Ordinal))
            {
                var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
                if (checkedByBuild.Contains(url) || context.Contains(path))
                {
                    continue;
                }

                missing[path] = missing.TryGetValue(path, out var seen)
                    ? (seen.First, seen.Pages + 1)
                    : (Diagnostic.Error(DiagnosticCode.MissingOutputTarget, context.LocationOf(page.Page),
                        $"หน้า {page.Url} มีลิงก์ไปที่ {path} ซึ่งไม่มีในเว็บไซต์", $"{page.Url} links to {path}, which the site does not contain"), 1);
            }
        }

        return missing.Values.Select(m => m.Pages == 1 ? m.First : m.First with
        {
            ThaiMessage = $"{m.First.ThaiMessage} (และอีก {m.Pages - 1} หน้า)",
            EnglishMessage = $"{m.First.EnglishMessage} (and {m.Pages - 1} more pages)",
        });
    }

    /// <summary>An attribute value that starts with one <c>/</c> (not <c>//host</c>, which leaves the site).</summary>
    [GeneratedRegex(@"\s(?:href|src)=""(/(?!/)[^""]*)""")]
    private static partial Regex RootRelativeUrl();
}
