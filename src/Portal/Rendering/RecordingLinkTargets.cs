using Portal.Markdown;

namespace Portal.Rendering;

/// <summary>Answers link questions for one page and remembers which files of <c>input/</c> they were about.</summary>
internal sealed class RecordingLinkTargets(ILinkTargets inner) : ILinkTargets
{
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Sources => _sources;

    public string? UrlOfSource(string relativePath)
    {
        _sources.Add(relativePath);
        return inner.UrlOfSource(relativePath);
    }

    public bool IsUnpublishedDraft(string relativePath) => inner.IsUnpublishedDraft(relativePath);

    /// <summary>Records the two files that would publish a page at the URL (<c>/a/</c>: <c>a.md</c>, <c>a/index.md</c>), so adding or removing either touches this page.</summary>
    public bool IsPublishedUrl(string url)
    {
        var path = url.Trim('/');
        _sources.Add(path.Length == 0 ? "index.md" : path + ".md");
        _sources.Add(path.Length == 0 ? "index.md" : path + "/index.md");
        return inner.IsPublishedUrl(url);
    }

    public bool HasFile(string relativePath)
    {
        _sources.Add(relativePath);
        return inner.HasFile(relativePath);
    }
}
