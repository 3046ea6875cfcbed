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

    public bool IsPublishedUrl(string url) => inner.IsPublishedUrl(url);

    public bool HasFile(string relativePath)
    {
        _sources.Add(relativePath);
        return inner.HasFile(relativePath);
    }
}
