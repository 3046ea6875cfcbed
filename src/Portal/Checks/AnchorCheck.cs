using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Rendering;
using Portal.Thai;

namespace Portal.Checks;

/// <summary>
/// A link to <c>#section</c> on the same page or on another page of the site must find an element with
/// that id there. The build checks that the page exists; this checks the part after <c>#</c>.
/// </summary>
internal sealed class AnchorCheck : IOutputCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var page in context.Pages)
        {
            foreach (var link in page.Outline.Links)
            {
                if (Target(context, page, link.Href) is not ({ } target, { Length: > 0 } fragment) || context.IdsOf(target).Contains(fragment))
                {
                    continue;
                }

                var headings = target.Outline.Headings.Select(h => h.Id).ToList();
                var (thaiHint, englishHint) = headings.Count > 0 ? DidYouMean.Hint(fragment, headings) : ("", "");
                yield return Diagnostic.Error(DiagnosticCode.MissingAnchor, link.Location,
                    $"ลิงก์ '{link.Written}' ชี้ไปที่ #{fragment} แต่หน้า {target.Url} ไม่มีหัวข้อนี้{thaiHint}",
                    $"link '{link.Written}' points at #{fragment}, which is not on {target.Url}{englishHint}");
            }
        }
    }

    /// <summary>The page and the fragment a published link leads to; no page for links that leave the site or lead to a file.</summary>
    private static (RenderedPage? Page, string Fragment) Target(CheckContext context, RenderedPage from, string href)
    {
        var hash = href.IndexOf('#');
        if (hash < 0)
        {
            return (null, "");
        }

        var fragment = ThaiText.Normalize(Uri.UnescapeDataString(href[(hash + 1)..]));
        var path = href[..hash];
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        if (path.Length == 0)
        {
            return (from, fragment);
        }

        return path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            ? (context.PageAt(Uri.UnescapeDataString(path)), fragment)
            : (null, "");
    }
}
