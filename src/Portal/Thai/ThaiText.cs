using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Thai;

/// <summary>Thai text normalisation used wherever text is compared, slugged or indexed.</summary>
public static partial class ThaiText
{
    private const string Nikhahit = "\u0E4D";

    /// <summary>
    /// NFC, and the spellings of SARA AM made of nikhahit + sara aa (as typed on some keyboards and by
    /// OCR, with or without a tone mark between them: ํา, ํ้า) folded into the single code point ำ, with
    /// the tone mark before it (น้ำ), so every spelling compares equal.
    /// </summary>
    public static string Normalize(string text)
    {
        var nfc = IsPlainlyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return nfc.Contains(Nikhahit, StringComparison.Ordinal) ? DecomposedSaraAm().Replace(nfc, "$1\u0E33") : nfc;
    }

    /// <summary>
    /// Whether the text is made of characters below U+0300 and Thai alone, with its Thai marks in canonical order:
    /// such text is NFC already (none of those characters composes or decomposes), which is answered here without
    /// asking ICU, a twentieth of the search index's work. False says only "ask ICU".
    /// </summary>
    internal static bool IsPlainlyNfc(ReadOnlySpan<char> text)
    {
        var previousClass = 0;
        foreach (var c in text)
        {
            if (c >= '\u0300' && !IsThai(c))
            {
                return false;
            }

            // The canonical combining classes of the Thai block: sara u and sara uu 103, phinthu 9, the tone marks 107.
            var combiningClass = c switch
            {
                '\u0E38' or '\u0E39' => 103,
                '\u0E3A' => 9,
                >= '\u0E48' and <= '\u0E4B' => 107,
                _ => 0,
            };
            if (combiningClass != 0 && previousClass > combiningClass)
            {
                return false;
            }

            previousClass = combiningClass;
        }

        return true;
    }

    /// <summary>A character of the Thai block (U+0E00–U+0E7F): consonants, vowels, tone marks, digits and signs.</summary>
    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    /// <summary>
    /// Letters, combining marks (Thai vowels and tone marks are marks) and decimal digits: what a word
    /// is made of, for heading ids and search terms alike. Everything else separates words.
    /// </summary>
    public static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex DecomposedSaraAm();
}
