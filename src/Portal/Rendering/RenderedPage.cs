using Portal.Markdown;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>A finished page: its model, its bytes (UTF-8 HTML), and its Markdown body (HTML and headings) for outputs such as the search index.</summary>
/// <param name="Body">The rendered Markdown of a content page; null for a generated page.</param>
public sealed record RenderedPage(Page Page, byte[] Html, RenderedMarkdown? Body)
{
    public string Url => Page.Url;

    public string OutputPath => Page.OutputPath;
}
