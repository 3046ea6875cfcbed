using System.Runtime.InteropServices;

namespace Portal.Search;

/// <summary>
/// Turns documents into a <see cref="SearchIndex"/>: segments every field (in parallel), finds the
/// parts of compounds, and computes each term's BM25F score in each document.
/// </summary>
public static class SearchIndexBuilder
{
    private static readonly SearchField[] Fields = Enum.GetValues<SearchField>();

    public static SearchIndex Build(IEnumerable<SearchDocument> documents)
    {
        var ordered = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();

        // Each field as counts of term ids, not token lists or strings: 10,000 pages hold millions of
        // tokens but only thousands of distinct terms, and the later steps index arrays by id.
        var vocabulary = new Vocabulary();
        var fields = new FieldTerms[ordered.Count][];
        Parallel.For(0, ordered.Count, vocabulary.ForThisWorker, (i, _, terms) =>
        {
            fields[i] = [.. Fields.Select(f => FieldTerms.Of(FieldText(ordered[i], f), terms))];
            return terms;
        }, _ => { });

        var terms = vocabulary.Terms();
        var splitter = new CompoundSplitter(terms.ToHashSet(StringComparer.Ordinal));
        var parts = terms.Select(t => splitter.Split(t).Select(vocabulary.Id).ToArray()).ToArray();

        var averageLengths = Fields.Select(f => ordered.Count == 0 ? 0 : fields.Average(d => d[(int)f].Length)).ToArray();
        var frequencies = new Dictionary<int, double>[ordered.Count];
        Parallel.For(0, ordered.Count, i => frequencies[i] = WeightedFrequencies(fields[i], parts, averageLengths));

        // Postings in document order, in arrays of the exact size: count first, then fill.
        var documentCounts = new int[terms.Length];
        foreach (var document in frequencies)
        {
            foreach (var term in document.Keys)
            {
                documentCounts[term]++;
            }
        }

        var postingDocuments = documentCounts.Select(count => new int[count]).ToArray();
        var postingFrequencies = documentCounts.Select(count => new double[count]).ToArray();
        var filled = new int[terms.Length];
        for (var document = 0; document < frequencies.Length; document++)
        {
            foreach (var (term, frequency) in frequencies[document])
            {
                postingDocuments[term][filled[term]] = document;
                postingFrequencies[term][filled[term]++] = frequency;
            }
        }

        var indexed = terms
            .Select((term, id) =>
            {
                var idf = Bm25.InverseDocumentFrequency(ordered.Count, documentCounts[id]);
                return new IndexedTerm(term, SearchText.SortKey(term), postingDocuments[id], Array.ConvertAll(postingFrequencies[id], f => Bm25.Score(f, idf)));
            })
            .OrderBy(t => t.SortKey, StringComparer.Ordinal)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        return new SearchIndex(ordered, indexed);
    }

    private static string FieldText(SearchDocument document, SearchField field) => field switch
    {
        SearchField.Title => document.Title,
        SearchField.Description => string.Join('\n', [document.Description, .. document.OitItems]),
        _ => document.Text,
    };

    /// <summary>Each term's occurrences in one document, weighted by field and field length (BM25F), compound parts included.</summary>
    private static Dictionary<int, double> WeightedFrequencies(FieldTerms[] fields, int[][] parts, double[] averageLengths)
    {
        var frequencies = new Dictionary<int, double>(fields.Sum(f => f.Counts.Count));
        foreach (var field in Fields)
        {
            var terms = fields[(int)field];
            var weight = Bm25.FieldTermWeight(field, terms.Length, averageLengths[(int)field]);
            foreach (var (term, count) in terms.Counts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _) += weight * count;
                foreach (var part in parts[term])
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(frequencies, part, out _) += weight * count * CompoundSplitter.PartWeight;
                }
            }
        }

        return frequencies;
    }

    /// <summary>One field of one document: how many times each term (by id) occurs, and how many terms it has.</summary>
    private sealed record FieldTerms(Dictionary<int, int> Counts, int Length)
    {
        public static FieldTerms Of(string text, Vocabulary.WorkerTerms vocabulary)
        {
            var counts = new Dictionary<int, int>();
            var length = 0;
            SearchText.VisitTerms(text, term =>
            {
                length++;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, vocabulary.Id(term), out _)++;
            });
            return new FieldTerms(counts, length);
        }
    }

    /// <summary>
    /// The distinct terms, each with a number, shared by the threads that segment: a new term is added under
    /// a lock (rare after the first pages), and each thread remembers the terms it has met in its own
    /// dictionary, found without a lock and without a string for the span. Ids follow the order threads met
    /// the terms, so nothing written may depend on them; the index is sorted by term.
    /// </summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Lock _adding = new();

        public WorkerTerms ForThisWorker() => new(this);

        public int Id(string term)
        {
            lock (_adding)
            {
                if (!_ids.TryGetValue(term, out var id))
                {
                    id = _ids.Count;
                    _ids.Add(term, id);
                }

                return id;
            }
        }

        /// <summary>The terms by id.</summary>
        public string[] Terms()
        {
            var terms = new string[_ids.Count];
            foreach (var (term, id) in _ids)
            {
                terms[id] = term;
            }

            return terms;
        }

        /// <summary>One thread's view of the vocabulary: the terms it has met, with their ids.</summary>
        public sealed class WorkerTerms(Vocabulary shared)
        {
            private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);

            public int Id(ReadOnlySpan<char> term)
            {
                var known = _known.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!known.TryGetValue(term, out var id))
                {
                    var created = term.ToString();
                    id = shared.Id(created);
                    _known.Add(created, id);
                }

                return id;
            }
        }
    }
}
