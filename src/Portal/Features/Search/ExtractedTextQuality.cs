namespace Portal.Features.Search;

/// <summary>
/// Whether text taken out of a PDF is worth indexing, measured on its characters:
/// <list type="bullet">
/// <item><b>readable</b>: Thai letters in a valid order (a mark above or below sits on a consonant, at most
/// two marks stacked; a leading vowel comes before a consonant) and Latin letters;</item>
/// <item><b>garbled</b>: what a legacy Thai font without a Unicode map gives: Latin-1 letters and symbols
/// (U+0080–U+00FF, where TIS-620 bytes read as Latin-1 land), private-use characters (U+E000–U+F8FF),
/// the replacement character U+FFFD, control characters, and Thai letters out of order.</item>
/// </list>
/// A PDF is searchable when it has at least <see cref="MinLettersPerPage"/> letters per page read (a scan
/// has none, or a page number and a stamp) and at most <see cref="MaxGarbledShare"/> of its letters are garbled.
/// </summary>
public readonly record struct ExtractedTextQuality(int Readable, int Garbled)
{
    public const int MinLettersPerPage = 20;

    public const double MaxGarbledShare = 0.1;

    public int Letters => Readable + Garbled;

    public double GarbledShare => Letters == 0 ? 0 : (double)Garbled / Letters;

    public bool HasTooFewLetters(int pages) => Letters < MinLettersPerPage * Math.Max(1, pages);

    public bool IsGarbled => GarbledShare > MaxGarbledShare;

    public static ExtractedTextQuality Measure(string text)
    {
        var readable = 0;
        var garbled = 0;
        var previous = '\0';
        var stackedMarks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsThaiMark(c))
            {
                stackedMarks = IsThaiConsonant(previous) ? 1 : IsThaiMark(previous) && stackedMarks > 0 ? stackedMarks + 1 : 0;
                if (stackedMarks is >= 1 and <= 2)
                {
                    readable++;
                }
                else
                {
                    garbled++;
                }
            }
            else if (IsThaiLeadingVowel(c))
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (IsThaiConsonant(next))
                {
                    readable++;
                }
                else
                {
                    garbled++;
                }
            }
            else if (c is >= '\u0E01' and <= '\u0E5B')
            {
                readable++;
            }
            else if (IsGarbledCharacter(c))
            {
                garbled++;
            }
            else if (char.IsLetter(c))
            {
                readable++;
            }

            if (!IsThaiMark(c))
            {
                stackedMarks = 0;
            }

            previous = c;
        }

        return new ExtractedTextQuality(readable, garbled);
    }

    private static bool IsThaiConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>MAI HAN-AKAT, the vowels above and below, PHINTHU, MAITAIKHU, the tone marks, THANTHAKHAT, NIKHAHIT, YAMAKKAN.</summary>
    private static bool IsThaiMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    private static bool IsThaiLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    private static bool IsGarbledCharacter(char c) =>
        c is (>= '\u0080' and <= '\u00FF') and not '\u00A0'
        || c is >= '\uE000' and <= '\uF8FF'
        || c == '\uFFFD'
        || (char.IsControl(c) && !char.IsWhiteSpace(c));
}
