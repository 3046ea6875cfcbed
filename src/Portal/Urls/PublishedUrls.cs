using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Urls;

/// <summary>
/// <c>input/_data/published-urls.txt</c>: every address that must keep working (ITAS keeps the URLs the
/// municipality submitted, and people bookmark pages), one per line, <c>#</c> for comments. A listed URL the
/// build neither builds nor redirects is an error (PT044) that names the URL and the fix.
/// </summary>
public static class PublishedUrls
{
    public const string DataKey = "published-urls";
    public const string FileName = "published-urls.txt";

    public static void Check(IEnumerable<DataFile> data, Func<string, bool> kept, ICollection<Diagnostic> diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == DataKey) is not { Value: string text } file)
        {
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var url = lines[i].Trim();
            if (url.Length == 0 || url.StartsWith('#') || kept(url))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PublishedUrlMissing, new SourceLocation(file.DisplayPath, i + 1),
                $"{url} เคยเผยแพร่แล้ว (อาจส่งไว้ในระบบ ITAS) แต่ไม่มีในเว็บไซต์นี้: คืนหน้านั้น หรือเพิ่มใน input/_data/redirects.yml ว่า - {{ from: {url}, to: /ที่อยู่ใหม่/ }}",
                $"{url} was published (perhaps submitted in ITAS) but the site no longer builds it: restore it, or add to input/_data/redirects.yml: - {{ from: {url}, to: /new-address/ }}"));
        }
    }

    /// <summary>The addresses a site publishes: every page but the not-found page, and every file under <c>files/</c>.</summary>
    public static IEnumerable<string> Of(SiteModel site) =>
        site.Pages.Where(p => p.Url.EndsWith('/')).Select(p => p.Url)
            .Concat(site.Files.Select(f => "/" + f.RelativePath));

    /// <summary>The list with <paramref name="urls"/> added: comment lines first as they were, then every URL once, sorted.</summary>
    public static string Merge(string? existing, IEnumerable<string> urls)
    {
        var lines = (existing ?? "").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var listed = lines.Skip(header.Count).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        var all = listed.Concat(urls).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join('\n', header.Concat(all)) + "\n";
    }
}
