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

    /// <summary>The word-like segments of <paramref name="text"/> into <paramref name="words"/>, which is cleared first (a caller reuses one list).</summary>
    public static void Words(string text, List<Range> words)
    {
        words.Clear();
        if (text.Length == 0)
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
                    words.Add(new Range(start, end));
                }
            }
        }
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
