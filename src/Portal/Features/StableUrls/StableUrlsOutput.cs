using System.Net;
using System.Text;
using Portal.Diagnostics;
using Portal.Output;
using Portal.Site;

namespace Portal.Features.StableUrls;

/// <summary>
/// URLs that never break: the redirects of <c>input/_data/redirects.yml</c> as Netlify's <c>_redirects</c> (forced
/// 301s, so the fallback pages never shadow them) and, for hosts without redirect rules, a small HTML page at each
/// old address with a link and a meta refresh (no script: the CSP forbids inline script). Then every URL on
/// <c>published-urls.txt</c> must be built or redirected, and a page or file not on it yet is noted as new.
/// </summary>
internal sealed class StableUrlsOutput : ISiteOutput
{
    public const string NetlifyFile = "_redirects";

    public IEnumerable<string> Paths(SiteModel site)
    {
        var redirects = Redirect.Read(site.Data, new List<Diagnostic>());
        var taken = new PublishedPaths(site, new HashSet<string>());
        // A redirect from something the site publishes is reported by Write (PT043), not as a clash of two files.
        return redirects.Count == 0 ? [] : redirects.Where(r => taken.Clash(r.From) is null).Select(r => FallbackPath(r.From)).OfType<string>().Prepend(NetlifyFile);
    }

    public IEnumerable<OutputFile> Write(OutputContext context)
    {
        var site = context.Site;
        var problems = new List<Diagnostic>();
        var redirects = Redirect.Read(site.Data, problems);
        var published = new PublishedPaths(site, context.OtherOutputPaths);
        bool Builds(string url) => site.PageAtUrl(url) is not null || published.Publishes(url);
        var resolved = RedirectChecker.Resolve(redirects, Builds, published.Clash, problems);
        var sources = redirects.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        PublishedUrls.Check(site.Data, url => Builds(url) || sources.Contains(url), problems);
        context.Diagnostics.AddRange(problems);
        var newUrls = new List<Diagnostic>();
        PublishedUrls.ReportNew(site.Data, site, newUrls);
        context.Diagnostics.AddRange(newUrls);
        if (problems.Count > 0 || redirects.Count == 0)
        {
            return [];
        }

        // Each path is percent-encoded (Netlify's own rule for special characters), so no value can hold a space or a
        // line break that would start another rule, nor a * that would make it a splat, whatever the reader let through.
        var rules = new StringBuilder("# Made by portal from input/_data/redirects.yml; edit that file, not this one.\n");
        foreach (var (redirect, target) in resolved)
        {
            rules.Append(PageUrls.EscapePath(redirect.From)).Append(' ').Append(PageUrls.EscapePath(target)).Append(" 301!\n");
        }

        return resolved
            .Where(r => FallbackPath(r.Redirect.From) is not null)
            .Select(r => OutputFile.Bytes(FallbackPath(r.Redirect.From)!, Encoding.UTF8.GetBytes(FallbackPage(site.Settings, r.Target))))
            .Prepend(OutputFile.Bytes(NetlifyFile, Encoding.UTF8.GetBytes(rules.ToString())));
    }

    /// <summary>Where a static host finds the old address: <c>/a/</c> and <c>/a</c> at <c>a/index.html</c>, <c>/a.html</c> as is; other files (<c>.php</c>) have no fallback.</summary>
    public static string? FallbackPath(string from)
    {
        var last = from[(from.LastIndexOf('/') + 1)..];
        if (last.Length == 0)
        {
            return from.TrimStart('/') + "index.html";
        }

        if (last.EndsWith(".html", StringComparison.Ordinal) || last.EndsWith(".htm", StringComparison.Ordinal))
        {
            return from.TrimStart('/');
        }

        return last.Contains('.', StringComparison.Ordinal) ? null : from.TrimStart('/') + "/index.html";
    }

    private static string FallbackPage(SiteSettings settings, string target)
    {
        var absolute = WebUtility.HtmlEncode(PageUrls.Absolute(settings.BaseUrl, target));
        var local = WebUtility.HtmlEncode(PageUrls.EscapePath(target));
        return $"""
            <!DOCTYPE html>
            <html lang="th">
            <head>
              <meta charset="utf-8">
              <title>หน้านี้ย้ายแล้ว | {WebUtility.HtmlEncode(settings.Title)}</title>
              <meta name="robots" content="noindex">
              <link rel="canonical" href="{absolute}">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta http-equiv="refresh" content="0; url={local}">
            </head>
            <body>
              <main>
                <h1>หน้านี้ย้ายแล้ว</h1>
                <p>หน้านี้ย้ายไปที่ <a href="{local}">{absolute}</a> แล้ว (this page has moved)</p>
              </main>
            </body>
            </html>

            """.ReplaceLineEndings("\n");
    }
}
