using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Search;

/// <summary>
/// The search index as an output of the build: every published Markdown page (its front matter and
/// the plain text of its body, never the navigation) becomes a <see cref="SearchDocument"/>, and
/// the index is written under <c>search/</c>. The search page itself is left out.
/// </summary>
public static class SearchOutput
{
    /// <summary>The layout of the search page (input/search/index.md), whose text is about searching, not about the municipality.</summary>
    public const string SearchLayout = "search";

    public static IReadOnlyList<OutputFile> Files(SiteModel site, IEnumerable<RenderedPage?> pages) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents(site, pages)));

    public static IEnumerable<SearchDocument> Documents(SiteModel site, IEnumerable<RenderedPage?> pages)
    {
        foreach (var rendered in pages.OfType<RenderedPage>())
        {
            if (site.PageAtUrl(rendered.Url) is not { Kind: PageKind.Markdown } page || page.Layout == SearchLayout)
            {
                continue;
            }

            var front = page.FrontMatter;
            var section = SectionOf(page.Url);
            var sectionTitle = site.PageAtUrl(section.Length == 0 ? "/" : $"/{section}/")?.Title ?? section;
            yield return new SearchDocument(page.Url, page.Title, front.Description ?? "", section, sectionTitle,
                front.LastUpdated, front.FiscalYear, front.Oit, rendered.Text);
        }
    }

    /// <summary>The first segment of a URL: <c>ita</c> for <c>/ita/results/</c>, empty for <c>/</c>.</summary>
    public static string SectionOf(string url)
    {
        var trimmed = url.TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : trimmed[..slash];
    }
}
