using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Features.StableUrls;

/// <summary>
/// <c>input/_data/published-urls.txt</c>: every address that must keep working (ITAS keeps the URLs the
/// municipality submitted, and people bookmark pages), one per line, <c>#</c> for comments. A listed URL the
/// build neither builds nor redirects is an error (PT044) that names the URL and the fix. Addresses are added, never
/// removed, by <c>portal urls --record</c>, which a workflow runs on main after each merge.
/// </summary>
internal static class PublishedUrls
{
    public const string DataKey = "published-urls";
    public const string FileName = "published-urls.txt";

    public static void Check(IEnumerable<DataFile> data, Func<string, bool> kept, ICollection<Diagnostic> diagnostics)
    {
        if (ListFile(data) is not { } file)
        {
            return;
        }

        foreach (var (url, line) in Listed(file).Where(l => !kept(l.Url)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PublishedUrlMissing, new SourceLocation(file.DisplayPath, line),
                $"{url} เคยเผยแพร่แล้ว (อาจส่งไว้ในระบบ ITAS) แต่ไม่มีในเว็บไซต์นี้: คืนหน้านั้น หรือเพิ่มใน input/_data/redirects.yml ว่า - {{ from: {url}, to: /ที่อยู่ใหม่/ }}",
                $"{url} was published (perhaps submitted in ITAS) but the site no longer builds it: restore it, or add to input/_data/redirects.yml: - {{ from: {url}, to: /new-address/ }}"));
        }
    }

    /// <summary>
    /// A notice (PT046, never an error) at each page or file the site publishes that the list does not have yet. Nothing is
    /// wrong: the workflow that runs after a merge to main (<c>.github/workflows/record-urls.yml</c>) records it, so a page
    /// made in the web editor passes its pull request without anyone running <c>portal urls --record</c>.
    /// </summary>
    public static void ReportNew(IEnumerable<DataFile> data, SiteModel site, ICollection<Diagnostic> diagnostics)
    {
        if (ListFile(data) is not { } file)
        {
            return;
        }

        var listed = Listed(file).Select(l => l.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var (url, source) in Published(site).Where(p => !listed.Contains(p.Url)).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Notice(DiagnosticCode.PublishedUrlNew, new SourceLocation(source ?? file.DisplayPath),
                $"{url} เป็นที่อยู่ใหม่ ยังไม่อยู่ใน {FileName}: เมื่อรวมเข้า main แล้ว ระบบจะบันทึกให้เอง ไม่ต้องทำอะไร",
                $"{url} is new, not yet on {FileName}: it is recorded automatically once merged into main; nothing to do"));
        }
    }

    /// <summary>
    /// What <c>portal build</c> prints of the PT046 notices: each one while there are few; past <paramref name="shown"/>, one
    /// notice with their number and the first few URLs, since a bulk import or a generated corpus would otherwise print a
    /// line per page. <c>portal check</c> lists them all.
    /// </summary>
    public static IReadOnlyList<Diagnostic> SummariseNew(IReadOnlyList<Diagnostic> diagnostics, int shown)
    {
        // Each notice starts with its URL (ReportNew).
        var notices = diagnostics.Where(d => d.Code == DiagnosticCode.PublishedUrlNew)
            .Select(d => (Url: d.EnglishMessage[..d.EnglishMessage.IndexOf(' ', StringComparison.Ordinal)], Notice: d))
            .OrderBy(n => n.Url, StringComparer.Ordinal).ToList();
        if (notices.Count <= shown)
        {
            return diagnostics;
        }

        var first = string.Join(", ", notices.Take(shown).Select(n => n.Url));
        var summary = Diagnostic.Notice(DiagnosticCode.PublishedUrlNew, notices[0].Notice.Location,
            $"{notices.Count} หน้าและไฟล์เป็นที่อยู่ใหม่ ยังไม่อยู่ใน {FileName} เช่น {first}: เมื่อรวมเข้า main แล้ว ระบบจะบันทึกให้เอง ไม่ต้องทำอะไร ดูทั้งหมดด้วย portal check",
            $"{notices.Count} pages and files are new, not yet on {FileName}, such as {first}: they are recorded automatically once merged into main; nothing to do; see them all with portal check");
        return [.. diagnostics.Where(d => d.Code != DiagnosticCode.PublishedUrlNew), summary];
    }

    /// <summary>The addresses a site promises: every page but the not-found page and the news archive's, and every file under <c>files/</c>.</summary>
    public static IEnumerable<string> Of(SiteModel site) => Published(site).Select(p => p.Url);

    /// <summary>
    /// The list with <paramref name="urls"/> added. Every comment and blank line stays where it was: they split the list
    /// into runs of URLs, each run is sorted, and the new URLs join the last run (or follow the text when it has none).
    /// </summary>
    public static string Merge(string? existing, IEnumerable<string> urls)
    {
        var lines = (existing ?? "").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var listed = lines.Where(IsUrl).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var added = urls.Where(listed.Add).ToList();
        var lastRunEnd = lines.FindLastIndex(IsUrl) + 1;
        lines.InsertRange(lastRunEnd > 0 ? lastRunEnd : lines.Count, added);
        for (var start = 0; start < lines.Count; start++)
        {
            var end = start;
            while (end < lines.Count && IsUrl(lines[end]))
            {
                end++;
            }

            lines.Sort(start, end - start, Comparer<string>.Create((a, b) => string.CompareOrdinal(a.Trim(), b.Trim())));
            start = end;
        }

        return string.Join('\n', lines) + "\n";
    }

    private static bool IsUrl(string line) => line.Trim() is { Length: > 0 } url && !url.StartsWith('#');

    /// <summary>
    /// Each address the site promises with the file it comes from (null for a generated page, such as an OIT item's page,
    /// whose address is submitted to ITAS); not a page that comes and goes with content (<see cref="Page.FollowsContent"/>).
    /// </summary>
    private static IEnumerable<(string Url, string? Source)> Published(SiteModel site) =>
        site.Pages.Where(p => p.Url.EndsWith('/') && !p.FollowsContent).Select(p => (p.Url, p.Source?.DisplayPath))
            .Concat(site.Files.Select(f => ("/" + f.RelativePath, (string?)f.DisplayPath)));

    private static DataFile? ListFile(IEnumerable<DataFile> data) => data.FirstOrDefault(d => d.Key == DataKey && d.Value is string);

    /// <summary>Each URL on the list with its line number; blank lines and <c>#</c> comments are skipped.</summary>
    private static IEnumerable<(string Url, int Line)> Listed(DataFile file) =>
        ((string)file.Value!).Split('\n').Select((line, i) => (Url: line.Trim(), Line: i + 1)).Where(l => IsUrl(l.Url));
}
