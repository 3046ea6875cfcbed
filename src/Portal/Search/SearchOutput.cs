using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Search;

/// <summary>
/// The search index as an output of the build: every published content page (its front matter and
/// the plain text of its body, never the navigation) becomes a <see cref="SearchDocument"/>, and
/// the index is written under <c>search/</c>. The search page itself is left out.
/// </summary>
public sealed class SearchOutput : IDeferrableOutput
{
    /// <summary>The layout of the search page (input/search/index.md), whose text is about searching, not about the municipality.</summary>
    public const string SearchLayout = "search";

    /// <summary>The manifest has a fixed name; chunks, fragments and filters are named by their content, so their folders are claimed whole.</summary>
    public IEnumerable<string> Paths(SiteModel site) =>
    [
        SearchIndexWriter.ManifestPath,
        $"{SearchIndexWriter.Folder}/terms/",
        $"{SearchIndexWriter.Folder}/pages/",
        $"{SearchIndexWriter.Folder}/filters/",
    ];

    public IEnumerable<OutputFile> Write(OutputContext context) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents(context.Site, context.Pages)));

    public static IEnumerable<SearchDocument> Documents(SiteModel site, IEnumerable<RenderedPage> pages)
    {
        foreach (var rendered in pages)
        {
            var page = rendered.Page;
            if (!page.FromContent || page.Layout == SearchLayout)
            {
                continue;
            }

            var front = page.FrontMatter;
            var section = SectionOf(page.Url);
            var sectionTitle = site.PageAtUrl(section.Length == 0 ? "/" : $"/{section}/")?.Title ?? section;
            yield return new SearchDocument(page.Url, page.Title, front.Description ?? "", section, sectionTitle,
                page.Dates.Published ?? page.Dates.Modified, front.FiscalYear, [.. front.Oit.Select(c => $"{c.Year}/{c.Code}").Distinct()], rendered.Text);
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
