using System.Globalization;

namespace Portal.Thai;

/// <summary>
/// Cuts text into words with ICU's word break iterator for the Thai locale (dictionary-based for Thai,
/// Unicode rules for everything else), keeping only the word-like pieces: words and numbers, not
/// spaces or punctuation. This is what <c>Intl.Segmenter('th', {granularity: 'word'})</c> calls
/// <c>isWordLike</c> in the browser. Safe to call from many threads: each thread keeps its own iterator.
/// </summary>
public static unsafe class ThaiSegmenter
{
    private const int WordBreak = 1;          // UBRK_WORD
    private const int WordNoneLimit = 100;    // rule status below this: not a word (spaces, punctuation)
    private const int IteratorDone = -1;      // UBRK_DONE
    private static readonly byte[] ThaiLocale = "th\0"u8.ToArray();

    /// <summary>
    /// One iterator per thread, reused: opening one loads ICU's rules, setting its text is cheap. When its thread ends
    /// the handle is unreachable and its finalizer closes the iterator.
    /// </summary>
    [ThreadStatic]
    private static WordIterator? _iterator;

    /// <summary>The word-like segments of <paramref name="text"/> as (start, length) in UTF-16 code units, in order.</summary>
    public static IReadOnlyList<Range> Words(string text)
    {
        var words = new List<Range>();
        Words(text, words);
        return words;
    }

    /// <summary>
    /// The word-like segments of <paramref name="text"/> into <paramref name="words"/>, which is cleared first (a caller
    /// reuses one list). Each of the text's <see cref="Pieces"/> is looked up in the table of pieces already cut (<see cref="PieceWords"/>)
    /// before ICU is asked: a site repeats its phrases (names, titles, the same sentence in many pages), and ICU's
    /// dictionary search was the largest cost of the search index.
    /// </summary>
    public static void Words(ReadOnlySpan<char> text, List<Range> words)
    {
        words.Clear();
        var position = 0;
        while (NextPiece(text, ref position) is (int start, int length))
        {
            if (length == 0)
            {
                continue;
            }

            var bounds = PieceWords.GetOrAdd(text.Slice(start, length), IcuBounds);
            for (var i = 0; i < bounds.Length; i += 2)
            {
                words.Add(new Range(start + bounds[i], start + bounds[i + 1]));
            }
        }
    }

    /// <summary>Receives one piece of a text, valid only during the call.</summary>
    public delegate void PieceVisitor(ReadOnlySpan<char> piece);

    /// <summary>
    /// The text cut at spaces and line breaks, where ICU always breaks: the words of the whole text are the words of
    /// its pieces, in order, so a piece's words can be remembered and reused wherever the piece comes again.
    /// </summary>
    public static void Pieces(ReadOnlySpan<char> text, PieceVisitor visit)
    {
        var position = 0;
        while (NextPiece(text, ref position) is (int start, int length))
        {
            if (length > 0)
            {
                visit(text.Slice(start, length));
            }
        }
    }

    /// <summary>The next piece from <paramref name="position"/> on (possibly empty), or null at the end of the text.</summary>
    private static (int Start, int Length)? NextPiece(ReadOnlySpan<char> text, ref int position)
    {
        if (position > text.Length)
        {
            return null;
        }

        var pieceStart = position;
        var searchFrom = position;
        while (searchFrom < text.Length)
        {
            var separator = text[searchFrom..].IndexOfAny(' ', '\n');
            if (separator < 0)
            {
                break;
            }

            var separatorStart = searchFrom + separator;
            var next = separatorStart + 1;
            while (next < text.Length && text[next] is ' ' or '\n')
            {
                next++;
            }

            searchFrom = next;
            if (next < text.Length && JoinsThePrecedingCharacter(text[next]))
            {
                // A mark after a space belongs to the space's segment (Unicode word rule WB4): no break before it.
                continue;
            }

            position = next;
            return (pieceStart, separatorStart - pieceStart);
        }

        position = text.Length + 1;
        return (pieceStart, text.Length - pieceStart);
    }

    /// <summary>The word-like segments of the whole of <paramref name="text"/> from ICU, with no pieces and no cache: what <see cref="Words(ReadOnlySpan{char}, List{Range})"/> must equal.</summary>
    internal static void WordsFromIcu(string text, List<Range> words)
    {
        words.Clear();
        AddIcuWords(text.AsSpan(), 0, words);
    }

    /// <summary>ICU's word-like segments of <paramref name="text"/>, shifted by <paramref name="offset"/>, appended to <paramref name="words"/>.</summary>
    private static void AddIcuWords(ReadOnlySpan<char> text, int offset, List<Range> words)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var icu = IcuLibrary.Instance;
        var status = 0;
        fixed (char* chars = text)
        {
            var iterator = Iterator(icu).DangerousGetHandle();
            icu.SetText(iterator, chars, text.Length, &status);
            ThrowOnError(status, "ubrk_setText");
            var start = icu.First(iterator);
            for (var end = icu.Next(iterator); end != IteratorDone; start = end, end = icu.Next(iterator))
            {
                if (icu.RuleStatus(iterator) >= WordNoneLimit)
                {
                    words.Add(new Range(offset + start, offset + end));
                }
            }
        }
    }

    /// <summary>
    /// Marks, format characters (zero-width joiners) and anything outside the Basic Multilingual Plane (emoji modifiers,
    /// tags) may extend the character before them, so a piece never starts with one.
    /// </summary>
    private static bool JoinsThePrecedingCharacter(char c) => c >= 0x300 && (char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format);

    /// <summary>
    /// The pieces of text already cut, with their word-like segments as (start, end) pairs. The search index remembers
    /// the pieces of page text itself and asks here only for pieces new to it, so what comes back here is mostly titles
    /// and labels: a few MB at most.
    /// </summary>
    private static readonly PieceTable<int[]> PieceWords = new(longestKept: 200, maxPieces: 1 << 16, maxCharacters: 1 << 21);

    /// <summary>The list <see cref="IcuBounds"/> cuts into, one per thread.</summary>
    [ThreadStatic]
    private static List<Range>? _cut;

    private static int[] IcuBounds(ReadOnlySpan<char> piece)
    {
        var cut = _cut ??= [];
        cut.Clear();
        AddIcuWords(piece, 0, cut);
        var bounds = new int[cut.Count * 2];
        for (var i = 0; i < cut.Count; i++)
        {
            bounds[2 * i] = cut[i].Start.Value;
            bounds[(2 * i) + 1] = cut[i].End.Value;
        }

        return bounds;
    }

    private static WordIterator Iterator(IcuLibrary icu)
    {
        if (_iterator is not null)
        {
            return _iterator;
        }

        var status = 0;
        fixed (byte* locale = ThaiLocale)
        {
            var iterator = new WordIterator(icu, icu.Open(WordBreak, locale, null, 0, &status));
            ThrowOnError(status, "ubrk_open");
            _iterator = iterator;
        }

        return _iterator;
    }

    /// <summary>An ICU break iterator that <c>ubrk_close</c> frees when it is released.</summary>
    private sealed class WordIterator : System.Runtime.InteropServices.SafeHandle
    {
        private readonly IcuLibrary _icu;

        public WordIterator(IcuLibrary icu, nint handle)
            : base(invalidHandleValue: 0, ownsHandle: true)
        {
            _icu = icu;
            SetHandle(handle);
        }

        public override bool IsInvalid => handle == 0;

        protected override bool ReleaseHandle()
        {
            _icu.Close(handle);
            return true;
        }
    }

    /// <summary>ICU reports errors as positive status codes (warnings are negative).</summary>
    private static void ThrowOnError(int status, string function)
    {
        if (status > 0)
        {
            throw new InvalidOperationException($"ICU {function} failed with error code {status}");
        }
    }
}
