using System.Text;

namespace Portal.Thai;

/// <summary>Thai text normalisation used wherever text is compared, slugged or indexed.</summary>
public static class ThaiText
{
    private const string NikhahitThenSaraAa = "\u0E4D\u0E32";
    private const string SaraAm = "\u0E33";

    /// <summary>
    /// NFC, and the two spellings of SARA AM (ำ, or nikhahit + sara aa as typed on some keyboards and
    /// OCR) folded into the single code point, so they compare equal.
    /// </summary>
    public static string Normalize(string text)
    {
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return nfc.Contains(NikhahitThenSaraAa, StringComparison.Ordinal)
            ? nfc.Replace(NikhahitThenSaraAa, SaraAm, StringComparison.Ordinal)
            : nfc;
    }
}
