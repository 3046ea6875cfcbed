using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Portal.PdfWorker;

/// <summary>Reads the text layer of a PDF with PdfPig, page by page in content order, until <see cref="MaxCharacters"/> are read.</summary>
public static class PdfPages
{
    /// <summary>The most text taken from one PDF; the rest of a longer file is not searched.</summary>
    public const int MaxCharacters = 30_000;

    public static PdfReading Read(string path)
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
            return new PdfReading("", pagesRead, e.Message);
        }

        // A page's text is taken whole, so it may pass the limit; the rest is never used, and never sent.
        return new PdfReading(text.Length > MaxCharacters ? text.ToString(0, MaxCharacters) : text.ToString(), pagesRead, null);
    }
}
