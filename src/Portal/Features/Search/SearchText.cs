using System.Text;
using System.Text.RegularExpressions;
using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// How text becomes search terms, the same way in the build and in the browser (theme/assets/js/search.js
/// mirrors every step): normalise (NFC, one SARA AM, lower-case, Thai digits as Arabic ones), cut into
/// words with ICU, then split each word on anything that is not a letter, mark or digit (so that
/// <c>2566.</c> gives <c>2566</c> whether ICU kept the dot or not) and where Thai meets another script. A Thai
/// abbreviation written with dots (<c>ป.ป.ช.</c>, <c>ก.พ.ร.</c>, <c>พ.ร.บ.</c>) is one term without them (<c>ปปช</c>),
/// as most people type it, and never goes through ICU, which would cut it differently in different places.
/// </summary>
public static partial class SearchText
{
    private const char ThaiDigitZero = '\u0E50';
    private const char ThaiDigitNine = '\u0E59';
    private const char FirstToneMark = '\u0E47';   // mai taikhu
    private const char LastToneMark = '\u0E4C';    // thanthakhat (karan)

    /// <summary>
    /// <see cref="ThaiText.Normalize"/>, then lower case and Thai digits (๐–๙) as 0–9. The last two
    /// steps keep the length, so positions in the result are positions in the NFC text.
    /// </summary>
    public static string Normalize(string text)
    {
        var normalized = ThaiText.Normalize(text);
        return string.Create(normalized.Length, normalized, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = Lowered(source[i]);
            }
        });
    }

    /// <summary>
    /// One character of <see cref="Normalize"/>. Thai letters have no case, so only the rest asks the
    /// invariant culture: for a character outside ASCII that is a call into ICU, and pages are mostly Thai.
    /// </summary>
    private static char Lowered(char c) => c switch
    {
        >= ThaiDigitZero and <= ThaiDigitNine => (char)('0' + (c - ThaiDigitZero)),
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        _ when c < 0x80 || ThaiText.IsThai(c) => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Receives one term, valid only during the call.</summary>
    public delegate void TermVisitor(ReadOnlySpan<char> term);

    /// <summary>The words ICU found in the last text this thread cut, reused: a page has thousands of them.</summary>
    [ThreadStatic]
    private static List<Range>? _words;

    /// <summary>Every term of <paramref name="text"/>, in order, repeats included.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        VisitTerms(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>
    /// Every term of <paramref name="text"/>, in order, repeats included, handed to <paramref name="visit"/>
    /// as a span of the normalised text: the index counts terms without a string for each occurrence.
    /// </summary>
    public static void VisitTerms(string text, TermVisitor visit) =>
        VisitPieces(text, piece => VisitPieceTerms(piece, visit), visit);

    /// <summary>
    /// The terms of <paramref name="text"/> in the same order as <see cref="VisitTerms"/>, a piece at a time: each piece
    /// of the normalised text as <see cref="ThaiSegmenter.Pieces"/> cuts it (its terms are <see cref="VisitPieceTerms"/>),
    /// and each dotted abbreviation between them as its one term. A piece comes again and again in a site, so a caller
    /// can remember what its terms came to.
    /// </summary>
    public static void VisitPieces(string text, ThaiSegmenter.PieceVisitor piece, TermVisitor abbreviation)
    {
        var normalized = Normalize(text);
        if (!normalized.Contains('.', StringComparison.Ordinal))
        {
            ThaiSegmenter.Pieces(normalized, piece);
            return;
        }

        var start = 0;
        foreach (var match in DottedAbbreviation().EnumerateMatches(normalized))
        {
            ThaiSegmenter.Pieces(normalized.AsSpan(start, match.Index - start), piece);
            abbreviation(WithoutDots(normalized.AsSpan(match.Index, match.Length)));
            start = match.Index + match.Length;
        }

        ThaiSegmenter.Pieces(normalized.AsSpan(start), piece);
    }

    /// <summary>The terms of one piece that <see cref="VisitPieces"/> handed out.</summary>
    public static void VisitPieceTerms(ReadOnlySpan<char> piece, TermVisitor visit)
    {
        var words = _words ??= [];
        ThaiSegmenter.Words(piece, words);
        foreach (var word in words)
        {
            SplitOnSeparators(piece[word], visit);
        }
    }

    /// <summary>
    /// Two or more Thai consonants, each followed by a dot (the last dot may be missing), not inside a Thai word:
    /// <c>ป.ป.ช.</c>, <c>พ.ร.บ</c>, <c>พ.ศ.</c>, but not <c>อ.เมือง</c> (a single letter before a word) or <c>ม.1</c>.
    /// search.js has the same pattern.
    /// </summary>
    [GeneratedRegex(@"(?<![\u0E00-\u0E7F])[\u0E01-\u0E2E]\.(?:[\u0E01-\u0E2E]\.)*[\u0E01-\u0E2E](?![\u0E00-\u0E7F])\.?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAbbreviation();

    private static string WithoutDots(ReadOnlySpan<char> abbreviation)
    {
        var letters = new StringBuilder(abbreviation.Length);
        foreach (var c in abbreviation)
        {
            if (c != '.')
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>
    /// The key terms are sorted and looked up by: the term without tone marks, mai taikhu and
    /// thanthakhat. A query with a tone mark missing or wrong (รองเรียน for ร้องเรียน) lands next to
    /// the right spelling, in the same chunk, where the client finds it.
    /// </summary>
    public static string SortKey(string term)
    {
        if (term.AsSpan().IndexOfAnyInRange(FirstToneMark, LastToneMark) < 0)
        {
            return term;
        }

        var builder = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (c is < FirstToneMark or > LastToneMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits an ICU word on anything that is not a letter, mark or digit, and where Thai meets
    /// another script: ICU keeps <c>ปี2565</c> and <c>ประเมินITA</c> whole, but a reader looks for 2565 and ITA.
    /// </summary>
    private static void SplitOnSeparators(ReadOnlySpan<char> word, TermVisitor visit)
    {
        var start = -1;
        var position = 0;
        var startIsThai = false;
        foreach (var rune in word.EnumerateRunes())
        {
            var isThai = IsThai(rune);
            if (!ThaiText.IsWordCharacter(rune) || (start >= 0 && isThai != startIsThai))
            {
                if (start >= 0)
                {
                    visit(word[start..position]);
                    start = -1;
                }
            }

            if (start < 0 && ThaiText.IsWordCharacter(rune))
            {
                start = position;
                startIsThai = isThai;
            }

            position += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            visit(word[start..]);
        }
    }

    private static bool IsThai(Rune rune) => rune.IsBmp && ThaiText.IsThai((char)rune.Value);
}
