using Portal.Features.Citizen;
using Portal.Features.Oit;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Site.Generators;
using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// The search index as an output of the build: every published page, generated ones included (its front matter and
/// the plain text of its body, never the navigation) becomes a <see cref="SearchDocument"/>, and so
/// does every PDF those pages attach or link to (<see cref="PdfAttachmentDocuments"/>); the index is
/// written under <c>search/</c>. The pages of sitemap.xml are the pages indexed, but for the search page and the HTML sitemap.
/// </summary>
internal sealed class SearchOutput : IDeferrableOutput
{
    /// <summary>
    /// A generated page that lists or repeats what other pages say (an OIT catalog item, year or coverage, a year of the
    /// news archive, the HTML sitemap) counts half as much as a page staff wrote, so on the same words the page written for
    /// readers comes first; such pages still rank among themselves as before. The contact page is generated too, but from
    /// the contact details staff write, and is the page for its subject: it counts in full.
    /// </summary>
    public const double GeneratedPageWeight = 0.5;

    private static double WeightOf(Page page) => page.FromContent || page.Layout == ContactPageGenerator.Layout ? 1 : GeneratedPageWeight;

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
        SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents(context.Site, context.Pages).Concat(PdfAttachmentDocuments.Documents(context)),
            SearchSynonyms.From(context.Site.Data)), context.WriteNow);

    public static IEnumerable<SearchDocument> Documents(SiteModel site, IEnumerable<RenderedPage> pages)
    {
        foreach (var rendered in pages)
        {
            var page = rendered.Page;
            if (!IsIndexed(page))
            {
                continue;
            }

            var front = page.FrontMatter;
            var (section, sectionTitle) = SectionOf(site, page);
            var oit = front.Extensions.Get<OitPageData>();
            yield return new SearchDocument(page.Url, page.Title, front.Description ?? "", section, sectionTitle,
                page.Dates.Published ?? page.Dates.Modified, front.FiscalYear, [.. OitClaims.Of(front).Select(c => $"{c.Year}/{c.Code}").Distinct()], TextOf(rendered))
            {
                Weight = WeightOf(page),
                OitItemPage = oit?.Item is { } item ? $"{item.Year}/{item.Item.Code}" : null,
                NewerVersion = oit?.NextYear?.Url,
            };
        }
    }

    /// <summary>
    /// Every page is indexed but three, by rule: the 404 page, which is no address of its own (sitemap.xml leaves it out
    /// too); the search page, whose text is about searching; and the HTML sitemap, which lists every page's title, so it
    /// would hold the words of any two titles and be the only page found for them (search.js keeps the pages with the most
    /// words of the query). A search that finds nothing links the sitemap instead.
    /// </summary>
    public static bool IsIndexed(Page page) =>
        page.Url != NotFoundPageGenerator.Url && page.Layout != SearchLayout && page.Layout != HtmlSitemapGenerator.Layout;

    /// <summary>A content page's Markdown body; a generated page has none, so its main element's text.</summary>
    private static PackedText TextOf(RenderedPage rendered) => rendered.Page.FromContent ? rendered.Text : PackedText.From(MainText.Of(rendered.Html));

    /// <summary>A page's section (<see cref="SectionOf(string)"/>) and the title of the section's index page, as readers know the section.</summary>
    public static (string Section, string Title) SectionOf(SiteModel site, Page page)
    {
        var section = SectionOf(page.Url);
        return (section, site.PageAtUrl(section.Length == 0 ? "/" : $"/{section}/")?.Title ?? section);
    }

    /// <summary>The first segment of a URL: <c>ita</c> for <c>/ita/results/</c>, empty for <c>/</c>.</summary>
    public static string SectionOf(string url)
    {
        var trimmed = url.TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : trimmed[..slash];
    }
}
