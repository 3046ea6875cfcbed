using Portal.Content;
using Portal.Thai;

namespace Portal.Site;

/// <summary>The whole site as the later stages see it. Pages are sorted by URL, so every stage's output order is stable.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, Page> _pagesByUrl;
    private readonly Dictionary<string, Page> _pagesBySource;
    private readonly Dictionary<string, StaticFile> _files;
    private readonly Lazy<KeepWordList> _keepWords;

    public SiteModel(SiteSettings settings, IReadOnlyList<Page> pages, IReadOnlyList<DataFile> data, IReadOnlyList<StaticFile> files, IReadOnlySet<string>? unpublishedDrafts = null)
    {
        UnpublishedDrafts = unpublishedDrafts ?? new HashSet<string>();
        Settings = settings;
        Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
        Data = data;
        Files = files;
        _pagesByUrl = Pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _pagesBySource = Pages.Where(p => p.Source is not null).ToDictionary(p => p.Source!.RelativePath, StringComparer.Ordinal);
        _files = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _keepWords = new Lazy<KeepWordList>(() => KeepWordList.From(data));
    }

    public SiteSettings Settings { get; }

    /// <summary>The day of the build in Asia/Bangkok (<see cref="BuildDate"/>): templates see it as <c>site.today</c> and <c>site.fiscal_year</c>.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Source paths of draft pages left out of this build, so a link to one can say why it breaks.</summary>
    public IReadOnlySet<string> UnpublishedDrafts { get; }

    public IReadOnlyList<Page> Pages { get; }

    public IReadOnlyList<DataFile> Data { get; }

    public IReadOnlyList<StaticFile> Files { get; }

    /// <summary>The words no line may break inside (<c>input/_data/thai-words.txt</c>), read once per build.</summary>
    public KeepWordList KeepWords => _keepWords.Value;

    public Page? PageAtUrl(string url) => _pagesByUrl.GetValueOrDefault(url);

    /// <summary>The page made from <c>input/&lt;relativePath&gt;</c>, if it is published.</summary>
    public Page? PageFromSource(string relativePath) => _pagesBySource.GetValueOrDefault(relativePath);

    /// <summary>Whether <c>input/&lt;relativePath&gt;</c> is a static file under <c>files/</c>.</summary>
    public bool HasFile(string relativePath) => _files.ContainsKey(relativePath);

    public StaticFile? FileAt(string relativePath) => _files.GetValueOrDefault(relativePath);
}
