using System.Numerics;
using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// Turns documents into a <see cref="SearchIndex"/>: segments every field (in parallel), finds the
/// parts of compounds, the words of synonym groups (<see cref="SearchSynonyms"/>) and the title's pairs of neighbouring
/// terms (<see cref="TitlePair"/>), and computes each term's BM25F score in each document.
/// </summary>
internal static class SearchIndexBuilder
{
    private static readonly SearchField[] Fields = Enum.GetValues<SearchField>();

    /// <param name="synonyms">Groups of words that mean the same to a searcher, each word as its terms.</param>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, IReadOnlyList<IReadOnlyList<string[]>>? synonyms = null)
    {
        var ordered = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();

        // Each field as counts of term ids, not token lists or strings: 10,000 pages hold millions of
        // tokens but only thousands of distinct terms, and the later steps index arrays by id.
        var vocabulary = new Vocabulary();
        var groups = new SynonymGroups(synonyms ?? [], vocabulary);
        var fields = new FieldTerms[ordered.Count][];

        // One view of the vocabulary per thread, not per task of Parallel.For: a task gives way to another every
        // few hundred milliseconds, and a new view would learn every term and piece again.
        using (var workers = new ThreadLocal<Vocabulary.WorkerTerms>(vocabulary.ForThisWorker))
        {
            Parallel.For(0, ordered.Count, i =>
                fields[i] = [.. Fields.Select(f => FieldTerms.Of(FieldText(ordered[i], f), workers.Value!, groups, pairs: f == SearchField.Title))]);
        }

        var terms = vocabulary.Terms();
        var splitter = new CompoundSplitter(terms.ToHashSet(StringComparer.Ordinal));
        var parts = terms.Select(t => splitter.Split(t).Select(vocabulary.Id).ToArray()).ToArray();

        // Each step lets go of a document's arrays once the next step has read them, so at 20,000 pages the field
        // counts, the weighted frequencies and the postings are not all held at once.
        var averageLengths = Fields.Select(f => ordered.Count == 0 ? 0 : fields.Average(d => d[(int)f].Length)).ToArray();
        var frequencies = new (int[] Terms, double[] Frequencies)[ordered.Count];
        Parallel.For(0, ordered.Count, () => new Tally<double>(), (i, _, tally) =>
        {
            frequencies[i] = WeightedFrequencies(fields[i], parts, averageLengths, tally);
            fields[i] = null!;
            return tally;
        }, _ => { });

        var documentCounts = new int[terms.Length];
        foreach (var document in frequencies)
        {
            foreach (var term in document.Terms)
            {
                documentCounts[term]++;
            }
        }

        // Postings in document order, in arrays of the exact size, each already with its score.
        var inverseFrequencies = documentCounts.Select(count => Bm25.InverseDocumentFrequency(ordered.Count, count)).ToArray();
        var postingDocuments = documentCounts.Select(count => new int[count]).ToArray();
        var postingScores = documentCounts.Select(count => new int[count]).ToArray();
        var filled = new int[terms.Length];
        for (var document = 0; document < frequencies.Length; document++)
        {
            var (documentTerms, documentFrequencies) = frequencies[document];
            frequencies[document] = default;
            for (var i = 0; i < documentTerms.Length; i++)
            {
                var term = documentTerms[i];
                postingDocuments[term][filled[term]] = document;
                postingScores[term][filled[term]++] = Bm25.Score(documentFrequencies[i], inverseFrequencies[term], ordered[document].Weight);
            }
        }

        // A synonym's term no page holds has no postings: it is not written.
        var versions = new NewerVersions(ordered);
        var indexed = terms
            .Select((term, id) => (term, id))
            .Where(t => documentCounts[t.id] > 0)
            .Select(t =>
            {
                var documents = postingDocuments[t.id];
                var scores = postingScores[t.id];
                versions.Cap(documents, scores);

                return new IndexedTerm(t.term, SearchText.SortKey(t.term), documents, scores);
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
        _ => document.Text.ToString(),
    };

    /// <summary>Each term's occurrences in one document, weighted by field and field length (BM25F), compound parts included, in the order the terms first came.</summary>
    private static (int[] Terms, double[] Frequencies) WeightedFrequencies(FieldTerms[] fields, int[][] parts, double[] averageLengths, Tally<double> tally)
    {
        foreach (var field in Fields)
        {
            var terms = fields[(int)field];
            var weight = Bm25.FieldTermWeight(field, terms.Length, averageLengths[(int)field]);
            for (var i = 0; i < terms.Terms.Length; i++)
            {
                var term = terms.Terms[i];
                tally.Add(term, weight * terms.Counts[i]);
                foreach (var part in parts[term])
                {
                    tally.Add(part, weight * terms.Counts[i] * CompoundSplitter.PartWeight);
                }
            }

            for (var i = 0; i < terms.Synonyms.Length; i++)
            {
                tally.Add(terms.Synonyms[i], weight * terms.SynonymCounts[i] * SearchSynonyms.Weight);
            }

            for (var i = 0; i < terms.Pairs.Length; i++)
            {
                tally.Add(terms.Pairs[i], weight * terms.PairCounts[i]);
            }
        }

        return tally.Take();
    }

    /// <summary>
    /// One field of one document: how many times each term (by id) occurs, in the order the terms first came, and how
    /// many terms it has; the terms of synonyms it does not hold, each as many times as its group's words occur; and,
    /// when asked (the title), its pairs of neighbouring terms (<see cref="TitlePair"/>) with their counts.
    /// </summary>
    private sealed record FieldTerms(int[] Terms, int[] Counts, int Length, int[] Synonyms, int[] SynonymCounts, int[] Pairs, int[] PairCounts)
    {
        public static FieldTerms Of(string text, Vocabulary.WorkerTerms vocabulary, SynonymGroups groups, bool pairs)
        {
            var tally = vocabulary.Counts;
            var pairTally = vocabulary.PairCounts;
            var found = groups.Count == 0 ? null : vocabulary.Finder(groups);
            var length = 0;
            void Count(int id)
            {
                length++;
                tally.Add(id, 1);
                found?.Next(id);
            }

            if (pairs)
            {
                string? previous = null;
                SearchText.VisitTerms(text, term =>
                {
                    Count(vocabulary.Id(term));
                    var current = TitlePair.Pairs(term) ? term.ToString() : null;
                    if (previous is not null && current is not null)
                    {
                        pairTally.Add(vocabulary.Id(TitlePair.Of(previous, current)), 1);
                    }

                    previous = current;
                });
            }
            else
            {
                SearchText.VisitPieces(text, piece =>
                {
                    foreach (var id in vocabulary.PieceIds(piece))
                    {
                        Count(id);
                    }
                }, abbreviation => Count(vocabulary.Id(abbreviation)));
            }

            var (terms, counts) = tally.Take();
            var (synonyms, synonymCounts) = found is null ? ([], []) : found.Missing(vocabulary.SynonymCounts);
            var (pairTerms, pairCounts) = pairTally.Take();
            return new FieldTerms(terms, counts, length, synonyms, synonymCounts, pairTerms, pairCounts);
        }
    }

    /// <summary>
    /// The documents that have a newer version in the index (<see cref="SearchDocument.NewerVersion"/>): on every term both
    /// hold, the older scores below the newer, so the newest year's page of a subject comes first whatever the small
    /// differences of their texts (an older item page also names the next year's item, so it holds the title's words once
    /// more). Along a chain of years the newest is settled first, so each older page is held below an already lowered one.
    /// </summary>
    private sealed class NewerVersions
    {
        private readonly (int Older, int Newer)[] _links;

        public NewerVersions(IReadOnlyList<SearchDocument> ordered)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = 0; id < ordered.Count; id++)
            {
                ids[ordered[id].Url] = id;
            }

            var newer = ordered.Select(d => d.NewerVersion is { } url && ids.TryGetValue(url, out var id) ? id : -1).ToArray();
            _links = [.. Enumerable.Range(0, ordered.Count)
                .Where(id => newer[id] >= 0)
                .OrderBy(id => StepsToNewest(newer, id))
                .ThenBy(id => id)
                .Select(id => (id, newer[id]))];
        }

        /// <summary>How many newer versions follow a document; a cycle (which no catalog makes) stops at the number of documents.</summary>
        private static int StepsToNewest(int[] newer, int id)
        {
            var steps = 0;
            for (var next = newer[id]; next >= 0 && steps < newer.Length; next = newer[next])
            {
                steps++;
            }

            return steps;
        }

        /// <summary>Lowers, in one term's postings, each older version's score below its newer version's (never below 1).</summary>
        public void Cap(int[] documents, int[] scores)
        {
            if (documents.Length < 2)
            {
                return;
            }

            foreach (var (older, newer) in _links)
            {
                var olderAt = Array.BinarySearch(documents, older);
                var newerAt = olderAt < 0 ? -1 : Array.BinarySearch(documents, newer);
                if (newerAt >= 0)
                {
                    scores[olderAt] = Math.Max(1, Math.Min(scores[olderAt], scores[newerAt] - 1));
                }
            }
        }
    }

    /// <summary>The synonym groups as term ids, each word found by its last term.</summary>
    private sealed class SynonymGroups
    {
        private readonly int[][][] _words;
        private readonly Dictionary<int, (int Group, int Word)[]> _byLastTerm;
        private readonly int _longest;

        public SynonymGroups(IReadOnlyList<IReadOnlyList<string[]>> groups, Vocabulary vocabulary)
        {
            _words = [.. groups.Select(g => g.Select(word => word.Select(vocabulary.Id).ToArray()).ToArray())];
            _byLastTerm = _words
                .SelectMany((words, group) => words.Select((terms, word) => (Last: terms[^1], Group: group, Word: word)))
                .GroupBy(w => w.Last)
                .ToDictionary(g => g.Key, g => g.Select(w => (w.Group, w.Word)).ToArray());
            _longest = _words.SelectMany(w => w).Select(t => t.Length).DefaultIfEmpty(0).Max();
        }

        public int Count => _words.Length;

        /// <summary>Follows one field's terms and notes each word of a group it holds.</summary>
        public sealed class Finder(SynonymGroups groups)
        {
            private readonly int[] _recent = new int[groups._longest];
            private readonly Dictionary<int, int> _groupCounts = [];
            private readonly HashSet<(int Group, int Word)> _wordsFound = [];
            private int _seen;

            public void Next(int term)
            {
                _recent[_seen++ % _recent.Length] = term;
                if (!groups._byLastTerm.TryGetValue(term, out var candidates))
                {
                    return;
                }

                foreach (var (group, word) in candidates)
                {
                    if (EndsWith(groups._words[group][word]))
                    {
                        _groupCounts[group] = _groupCounts.GetValueOrDefault(group) + 1;
                        _wordsFound.Add((group, word));
                    }
                }
            }

            /// <summary>
            /// The terms of the words of the groups found that the field does not hold, counted as often as their group's
            /// words occur. The finder is empty again afterwards, for the thread's next field.
            /// </summary>
            public (int[] Terms, int[] Counts) Missing(Tally<int> tally)
            {
                foreach (var (group, count) in _groupCounts)
                {
                    var words = groups._words[group];
                    for (var word = 0; word < words.Length; word++)
                    {
                        if (!_wordsFound.Contains((group, word)))
                        {
                            foreach (var term in words[word])
                            {
                                tally.Add(term, count);
                            }
                        }
                    }
                }

                _groupCounts.Clear();
                _wordsFound.Clear();
                _seen = 0;
                return tally.Take();
            }

            private bool EndsWith(int[] terms)
            {
                if (terms.Length > _seen)
                {
                    return false;
                }

                for (var i = 0; i < terms.Length; i++)
                {
                    if (_recent[(_seen - terms.Length + i) % _recent.Length] != terms[i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>
    /// Totals by term id for one document at a time, kept in the order the terms first came (the order the
    /// dictionaries this replaces enumerated in, so the sums and the index are the same). A thread reuses
    /// one, so a document allocates only its result.
    /// </summary>
    private sealed class Tally<T>
        where T : struct, INumber<T>
    {
        private readonly List<int> _order = [];
        private T[] _totals = new T[1024];
        private bool[] _seen = new bool[1024];

        public void Add(int term, T amount)
        {
            if (term >= _totals.Length)
            {
                var size = Math.Max(term + 1, _totals.Length * 2);
                Array.Resize(ref _totals, size);
                Array.Resize(ref _seen, size);
            }

            if (!_seen[term])
            {
                _seen[term] = true;
                _order.Add(term);
            }

            _totals[term] += amount;
        }

        /// <summary>The terms and their totals since the last call; the tally is empty again.</summary>
        public (int[] Terms, T[] Totals) Take()
        {
            var terms = _order.ToArray();
            var totals = new T[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                totals[i] = _totals[terms[i]];
                _totals[terms[i]] = T.Zero;
                _seen[terms[i]] = false;
            }

            _order.Clear();
            return (terms, totals);
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

        /// <summary>
        /// Each piece's term ids, for every thread: enough for a large site's recurring pieces (the 10,000-page corpus has
        /// about 36,000 distinct ones) in at most about 20 MB.
        /// </summary>
        private readonly PieceTable<int[]> _pieces = new(longestKept: 200, maxPieces: 1 << 17, maxCharacters: 1 << 22);

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

        /// <summary>One thread's view of the vocabulary: the terms it has met, with their ids, and its counts of the field it is reading.</summary>
        public sealed class WorkerTerms(Vocabulary shared)
        {
            private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);

            public Tally<int> Counts { get; } = new();

            /// <summary>The counts of synonyms a field does not hold, reused like <see cref="Counts"/>.</summary>
            public Tally<int> SynonymCounts { get; } = new();

            /// <summary>The counts of a title's pairs of neighbouring terms, reused like <see cref="Counts"/>.</summary>
            public Tally<int> PairCounts { get; } = new();

            private SynonymGroups.Finder? _finder;

            /// <summary>The thread's finder of synonym groups, reused from field to field like <see cref="Counts"/> (a new one for each field grew its tables again every time).</summary>
            public SynonymGroups.Finder Finder(SynonymGroups groups) => _finder ??= new SynonymGroups.Finder(groups);

            /// <summary>
            /// The ids of a piece's terms (<see cref="SearchText.VisitPieces"/>), remembered for every thread: most of a
            /// site's text is pieces met before, and looking one up costs less than cutting it into words and looking up each.
            /// </summary>
            public int[] PieceIds(ReadOnlySpan<char> piece) => shared._pieces.GetOrAdd(piece, _idsOf ??= IdsOf);

            private PieceTable<int[]>.Work? _idsOf;

            private readonly List<int> _pieceIds = [];

            private int[] IdsOf(ReadOnlySpan<char> piece)
            {
                _pieceIds.Clear();
                SearchText.VisitPieceTerms(piece, term => _pieceIds.Add(Id(term)));
                return [.. _pieceIds];
            }

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
