namespace Portal.Features.Search;

/// <summary>The parts of a page that are searched, each with its own weight in <see cref="Bm25"/>.</summary>
internal enum SearchField
{
    Title,
    /// <summary>The front matter's description and the OIT items the page claims.</summary>
    Description,
    Body,
}
