using System.Collections.Concurrent;

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

        // Each field as term counts, not token lists, with one string per distinct term (pool):
        // 10,000 pages hold millions of tokens but only thousands of distinct terms.
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var fields = new FieldTerms[ordered.Count][];
        Parallel.For(0, ordered.Count, i => fields[i] = [.. Fields.Select(f => FieldTerms.Of(FieldText(ordered[i], f), pool))]);

        var splitter = new CompoundSplitter(pool.Keys.ToHashSet(StringComparer.Ordinal));
        var parts = pool.Keys.ToDictionary(t => t, splitter.Split, StringComparer.Ordinal);

        var averageLengths = Fields.Select(f => ordered.Count == 0 ? 0 : fields.Average(d => d[(int)f].Length)).ToArray();
        var frequencies = new Dictionary<string, double>[ordered.Count];
        Parallel.For(0, ordered.Count, i => frequencies[i] = WeightedFrequencies(fields[i], parts, averageLengths));

        var postings = new Dictionary<string, (List<int> Documents, List<double> Frequencies)>(StringComparer.Ordinal);
        for (var document = 0; document < frequencies.Length; document++)
        {
            foreach (var (term, frequency) in frequencies[document])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    list = ([], []);
                    postings.Add(term, list);
                }

                list.Documents.Add(document);
                list.Frequencies.Add(frequency);
            }
        }

        var indexed = postings
            .Select(p =>
            {
                var idf = Bm25.InverseDocumentFrequency(ordered.Count, p.Value.Documents.Count);
                return new IndexedTerm(p.Key, SearchText.SortKey(p.Key), [.. p.Value.Documents], [.. p.Value.Frequencies.Select(f => Bm25.Score(f, idf))]);
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
    private static Dictionary<string, double> WeightedFrequencies(FieldTerms[] fields, Dictionary<string, IReadOnlyList<string>> parts, double[] averageLengths)
    {
        var frequencies = new Dictionary<string, double>(fields.Sum(f => f.Counts.Count), StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var terms = fields[(int)field];
            var weight = Bm25.FieldTermWeight(field, terms.Length, averageLengths[(int)field]);
            foreach (var (term, count) in terms.Counts)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + (weight * count);
                foreach (var part in parts[term])
                {
                    frequencies[part] = frequencies.GetValueOrDefault(part) + (weight * count * CompoundSplitter.PartWeight);
                }
            }
        }

        return frequencies;
    }

    /// <summary>One field of one document: how many times each term occurs, and how many terms it has.</summary>
    private sealed record FieldTerms(Dictionary<string, int> Counts, int Length)
    {
        public static FieldTerms Of(string text, ConcurrentDictionary<string, string> pool)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            var poolBySpan = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            var length = 0;
            SearchText.VisitTerms(text, term =>
            {
                length++;
                if (countsBySpan.TryGetValue(term, out var count))
                {
                    countsBySpan[term] = count + 1;
                    return;
                }

                if (!poolBySpan.TryGetValue(term, out var shared))
                {
                    var created = term.ToString();
                    shared = pool.GetOrAdd(created, created);
                }

                counts.Add(shared, 1);
            });
            return new FieldTerms(counts, length);
        }
    }
}
