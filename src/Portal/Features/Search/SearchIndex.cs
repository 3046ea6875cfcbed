namespace Portal.Features.Search;

/// <summary>
/// The whole index in memory: the documents (a document's id is its position, in URL order) and every
/// term, sorted by <see cref="SearchText.SortKey"/> and then by the term itself (ordinal), which is
/// the order of the chunk files and the order the browser's binary search expects.
/// </summary>
internal sealed record SearchIndex(IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IndexedTerm> Terms)
{
    public IndexedTerm? Find(string term) => Terms.FirstOrDefault(t => t.Term == term);
}
