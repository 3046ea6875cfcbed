using System.Buffers;

namespace Portal.Thai;

/// <summary>
/// An Aho–Corasick automaton over the words of a <see cref="KeepWordList"/>: one pass over a text gives, at each
/// position, the longest listed word that ends there, whatever the length of the list (checking each listed word
/// at each position cost the list's length per position: a 2.5 MB list made a page take 86 s).
/// </summary>
internal sealed class KeepWordAutomaton
{
    /// <summary>The trie's edges: (state, character) → state; state 0 is the root.</summary>
    private readonly Dictionary<long, int> _next = [];

    /// <summary>For each state, the state of its longest proper suffix that is also in the trie.</summary>
    private readonly int[] _fallback;

    /// <summary>For each state, the length of the longest listed word that its text ends with; 0 for none.</summary>
    private readonly int[] _longestWord;

    /// <summary>The first character of every listed word: a text is searched for these many characters at a time.</summary>
    private readonly SearchValues<char> _firstCharacters;

    /// <summary>The first two characters of every listed word, hashed into one bit each; a one-character word sets <see cref="_oneCharacterWords"/>.</summary>
    private readonly ulong[] _openingPairs = new ulong[(PairHashMask + 1) / 64];

    private readonly string _oneCharacterWords;

    private const int PairHashMask = 0xFFFF;

    public KeepWordAutomaton(IReadOnlyCollection<string> words)
    {
        _firstCharacters = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);
        _oneCharacterWords = string.Concat(words.Where(w => w.Length == 1));
        foreach (var word in words.Where(w => w.Length > 1))
        {
            var pair = PairHash(word[0], word[1]);
            _openingPairs[pair >> 6] |= 1UL << pair;
        }

        var depth = new List<int> { 0 };
        var parent = new List<int> { 0 };
        var label = new List<char> { '\0' };
        var isWord = new List<bool> { false };
        foreach (var word in words)
        {
            var state = 0;
            foreach (var c in word)
            {
                if (!_next.TryGetValue(Edge(state, c), out var child))
                {
                    child = depth.Count;
                    depth.Add(depth[state] + 1);
                    parent.Add(state);
                    label.Add(c);
                    isWord.Add(false);
                    _next[Edge(state, c)] = child;
                }

                state = child;
            }

            isWord[state] = true;
        }

        // Shallower states first: a state's fallback and its parent's are always shallower than the state.
        _fallback = new int[depth.Count];
        _longestWord = new int[depth.Count];
        foreach (var state in Enumerable.Range(1, depth.Count - 1).OrderBy(s => depth[s]))
        {
            _fallback[state] = parent[state] == 0 ? 0 : Step(_fallback[parent[state]], label[state]);
            _longestWord[state] = isWord[state] ? depth[state] : _longestWord[_fallback[state]];
        }
    }

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="state"/> (start a text in state 0).</summary>
    public int Step(int state, char c)
    {
        while (true)
        {
            if (_next.TryGetValue(Edge(state, c), out var next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fallback[state];
        }
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a listed word may start (its first two characters,
    /// up to a hash collision, are there), or -1: no occurrence starts between <paramref name="from"/> and it, so a pass
    /// in state 0 may skip to it. Pages are mostly text without a listed word, and stepping through every character was
    /// a tenth of rendering.
    /// </summary>
    public int NextPossibleStart(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(_firstCharacters);
            if (found < 0)
            {
                return -1;
            }

            var start = from + found;
            if (_oneCharacterWords.Contains(text[start], StringComparison.Ordinal)
                || (start + 1 < text.Length && OpensAWord(text[start], text[start + 1])))
            {
                return start;
            }

            from = start + 1;
        }

        return -1;
    }

    private static int PairHash(char first, char second) => ((first << 7) ^ second) & PairHashMask;

    /// <summary>Whether a listed word may begin with these two characters (false: none does).</summary>
    private bool OpensAWord(char first, char second)
    {
        var pair = PairHash(first, second);
        return (_openingPairs[pair >> 6] & (1UL << pair)) != 0;
    }

    /// <summary>The length of the longest listed word the text read so far ends with (in <paramref name="state"/>); 0 for none.</summary>
    public int LongestWordEndingAt(int state) => _longestWord[state];

    private static long Edge(int state, char c) => ((long)state << 16) | c;
}
