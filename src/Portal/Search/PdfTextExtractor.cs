using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Portal.Search;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, page by page in content order, and judges it with
/// <see cref="ExtractedTextQuality"/>. Reading stops once <see cref="MaxCharacters"/> are read, so a long
/// report costs no more than its first pages, and its search fragment stays small.
/// </summary>
public static class PdfTextExtractor
{
    /// <summary>The most text taken from one PDF; the rest of a longer file is not searched.</summary>
    public const int MaxCharacters = 30_000;

    public static PdfText Extract(string path)
    {
        var text = new StringBuilder();
        var pagesRead = 0;
        try
        {
            using var document = PdfDocument.Open(path);
            for (var number = 1; number <= document.NumberOfPages && text.Length < MaxCharacters; number++)
            {
                text.Append(ContentOrderTextExtractor.GetText(document.GetPage(number))).Append('\n');
                pagesRead++;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with many exception types; any of them means "index by title".
            return new PdfText(PdfTextStatus.Unreadable, "", e.Message);
        }

        var extracted = text.Length > MaxCharacters ? text.ToString(0, MaxCharacters) : text.ToString();
        var quality = ExtractedTextQuality.Measure(extracted);
        return quality.HasTooFewLetters(pagesRead) ? new PdfText(PdfTextStatus.NoText, "")
            : quality.IsGarbled ? new PdfText(PdfTextStatus.Garbled, "")
            : new PdfText(PdfTextStatus.Searchable, extracted);
    }
}
