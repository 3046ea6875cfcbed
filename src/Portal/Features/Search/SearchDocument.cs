using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// One page, or one PDF attachment, as the search index sees it: what is searched (title, description, OIT codes, the body's
/// plain text), what a result shows (title, section, date, an excerpt of the text) and what results
/// are filtered by (section, fiscal year, OIT item).
/// </summary>
/// <param name="Section">The first segment of the URL (<c>ita</c> for <c>/ita/results/</c>), empty for the home page.</param>
/// <param name="SectionTitle">The title of the section's index page, as readers know the section.</param>
/// <param name="Text">The body's plain text (a PDF's text), packed: the index holds every document's until it is written.</param>
/// <param name="OitItems">The OIT items the page claims, as <c>year/code</c> (<c>2566/O42</c>).</param>
internal sealed record SearchDocument(
    string Url,
    string Title,
    string Description,
    string Section,
    string SectionTitle,
    DateOnly? Date,
    FiscalYear? FiscalYear,
    IReadOnlyList<string> OitItems,
    PackedText Text)
{
    /// <summary>
    /// For the OIT item's own page (generated from the catalog), that item as <c>2566/O27</c>: the OIT filter and a search
    /// for the code find the item's page with the pages that claim it, but the filter's list (in the manifest, which every
    /// search downloads) names only items some page claims.
    /// </summary>
    public string? OitItemPage { get; init; }

    /// <summary>For a PDF attachment, the page that lists it; null for a page.</summary>
    public SearchListing? ListedOn { get; init; }

    /// <summary>
    /// The URL of the same subject's page of a later year (an OIT item's page in the next year's catalog), or null. On the
    /// words both hold this page scores below that one, so a search finds the newest year's page first, as for an OIT code.
    /// </summary>
    public string? NewerVersion { get; init; }

    /// <summary>What every score of the document is multiplied by: below 1 for a page that lists or repeats what other pages say (<see cref="SearchOutput.GeneratedPageWeight"/>).</summary>
    public double Weight { get; init; } = 1;
}
