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
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return nfc.Contains(Nikhahit, StringComparison.Ordinal) ? DecomposedSaraAm().Replace(nfc, "$1\u0E33") : nfc;
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
