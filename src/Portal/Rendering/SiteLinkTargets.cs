using Portal.Markdown;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>Answers the Markdown stage's link questions from the site model and the paths the outputs declared.</summary>
internal sealed class SiteLinkTargets(SiteModel site, IReadOnlySet<string> outputUrls) : ILinkTargets
{
    public string? UrlOfSource(string relativePath) => site.PageFromSource(relativePath)?.Url;

    public bool IsUnpublishedDraft(string relativePath) => site.UnpublishedDrafts.Contains(relativePath);

    public bool IsPublishedUrl(string url) =>
        site.PageAtUrl(url) is not null
        || (!url.EndsWith('/') && site.PageAtUrl(url + "/") is not null)
        || outputUrls.Contains(url);

    public bool HasFile(string relativePath) => site.HasFile(relativePath);
}
