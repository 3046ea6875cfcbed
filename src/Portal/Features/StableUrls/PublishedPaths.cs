using System.Text;
using Portal.Site;

namespace Portal.Features.StableUrls;

/// <summary>
/// Everything a build writes, by output path: pages, the files of <c>input/files/</c>, and what the theme's assets and
/// the other outputs write (a path ending in <c>/</c> claims a folder). A redirect may neither replace one of them,
/// under any spelling that reaches the same file (<c>/about</c>, <c>/about/index.html</c>, and <c>/About/</c> or another
/// Unicode normalisation, which name the same file on Windows and macOS), nor sit inside one.
/// </summary>
internal sealed class PublishedPaths
{
    private readonly HashSet<string> _exact;
    private readonly Dictionary<string, bool> _isPage;
    private readonly HashSet<string> _folders;

    public PublishedPaths(SiteModel site, IReadOnlySet<string> otherOutputPaths)
    {
        var files = site.Files.Select(f => f.RelativePath).Concat(otherOutputPaths.Where(p => !p.EndsWith('/'))).ToList();
        _exact = [.. files.Concat(site.Pages.Select(p => p.OutputPath))];
        _isPage = new Dictionary<string, bool>(SameFile);
        foreach (var path in files)
        {
            _isPage[Key(path)] = false;
        }

        foreach (var page in site.Pages)
        {
            _isPage[Key(page.OutputPath)] = true;
        }

        _folders = new HashSet<string>(otherOutputPaths.Where(p => p.EndsWith('/')).Select(Key), SameFile);
    }

    /// <summary>Paths a case-insensitive file system may take for one file, once both are in Unicode's composed form (<see cref="Key"/>).</summary>
    public static StringComparer SameFile => StringComparer.OrdinalIgnoreCase;

    /// <summary>A path in Unicode's composed form (NFC), for <see cref="SameFile"/>.</summary>
    public static string Key(string path) => path.Normalize(NormalizationForm.FormC);

    /// <summary>Whether the file that serves <paramref name="url"/> is published, exactly as written.</summary>
    public bool Publishes(string url) => _exact.Contains(PageUrls.OutputPath(url));

    /// <summary>Why a redirect from <paramref name="from"/> would replace or break something published (Thai, English), or null.</summary>
    public (string Thai, string English)? Clash(string from)
    {
        var path = Key(StableUrlsOutput.FallbackPath(from) ?? from.TrimStart('/'));
        if (_isPage.TryGetValue(path, out var isPage) || _isPage.TryGetValue(Key(PageUrls.OutputPath(from)), out isPage))
        {
            return isPage
                ? ($"from: {from} เป็นหน้าที่มีอยู่ในเว็บไซต์ จึงย้ายทางไม่ได้ ให้ลบรายการนี้ หรือลบหน้านั้นก่อน", $"from: {from} is a page the site builds; remove this entry, or the page")
                : ($"from: {from} เป็นไฟล์ที่เว็บไซต์เผยแพร่อยู่ ({path}) จึงย้ายทางไม่ได้ ให้ลบรายการนี้", $"from: {from} is a file the site publishes ({path}); remove this entry");
        }

        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_isPage.ContainsKey(path[..slash]) || _folders.Contains(path[..(slash + 1)]))
            {
                return ($"from: {from} อยู่ภายใต้ /{path[..slash]} ซึ่งเว็บไซต์เผยแพร่อยู่ จึงเขียนหน้าย้ายทางไว้ที่นั่นไม่ได้ ให้ลบรายการนี้",
                    $"from: {from} lies under /{path[..slash]}, which the site publishes, so no redirect page can be written there; remove this entry");
            }
        }

        return _isPage.Keys.FirstOrDefault(p => p.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase)) is { } inside
            ? ($"from: {from} เป็นไฟล์ที่ต้องเขียนในที่ที่เป็นโฟลเดอร์ของ /{inside} ให้ลบรายการนี้", $"from: {from} would be a file where the folder of /{inside} is; remove this entry")
            : null;
    }
}
