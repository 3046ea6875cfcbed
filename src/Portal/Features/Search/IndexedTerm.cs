namespace Portal.Features.Search;

/// <summary>
/// A term with its postings: the documents that contain it, by ascending id, each with its BM25
/// score already computed (scaled by <see cref="Bm25.ScoreScale"/> and rounded), so the browser only adds.
/// </summary>
internal sealed record IndexedTerm(string Term, string SortKey, int[] Documents, int[] Scores);
