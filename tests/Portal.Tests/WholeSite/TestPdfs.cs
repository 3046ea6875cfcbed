using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Tests.WholeSite;

/// <summary>PDFs for the search tests and benchmarks, made without any system font: Latin text, a scan, a legacy Thai font, a damaged file.</summary>
internal static class TestPdfs
{
    /// <summary>A 1×1 PNG: a page that is only a picture, as a scanner makes.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Latin text in Helvetica, forty lines a page.</summary>
    public static byte[] LatinText(IEnumerable<string> lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var page in lines.Chunk(40))
        {
            var builderPage = builder.AddPage(PageSize.A4);
            for (var i = 0; i < page.Length; i++)
            {
                builderPage.AddText(page[i], 10, new PdfPoint(40, 800 - (i * 18)), font);
            }
        }

        return builder.Build();
    }

    /// <summary>Two pages, each one picture covering the page, with no text layer.</summary>
    public static byte[] Scan()
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(Pixel, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    /// <summary>
    /// Thai text as a legacy Thai font without a Unicode map shows it to a text extractor: the font's codes are
    /// the letters' TIS-620 bytes (ก = 0xA1) and the PDF says WinAnsiEncoding, so "การ" reads as "¡ÒÃ".
    /// Written by hand: PdfPig's builder refuses letters its standard fonts lack, which is the point here.
    /// </summary>
    public static byte[] LegacyThaiFont(string thai)
    {
        var text = Encoding.Latin1.GetBytes(Tis620AsLatin1(thai).Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("(", @"\(", StringComparison.Ordinal).Replace(")", @"\)", StringComparison.Ordinal));
        var content = Concat(Encoding.ASCII.GetBytes("BT /F1 12 Tf 40 700 Td ("), text, Encoding.ASCII.GetBytes(") Tj ET"));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var stream = Concat(Encoding.ASCII.GetBytes($"<< /Length {content.Length} >> stream\n"), content, Encoding.ASCII.GetBytes("\nendstream"));
        return Assemble([.. objects.Select(Encoding.ASCII.GetBytes), stream]);
    }

    /// <summary>A PDF of <paramref name="objects"/>, numbered from 1 (the first is the catalog), with a correct cross-reference table.</summary>
    public static byte[] Assemble(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n");
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj ");
            pdf.Write(objects[i]);
            Write(pdf, " endobj\n");
        }

        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, $"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Write(pdf, $"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static string Tis620AsLatin1(string thai) =>
        string.Concat(thai.Select(c => c is >= '\u0E01' and <= '\u0E5B' ? (char)(c - 0x0E01 + 0xA1) : c));

    private static void Write(Stream stream, string ascii) => stream.Write(Encoding.ASCII.GetBytes(ascii));

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>The first bytes of a real PDF, cut short, as an interrupted upload leaves it.</summary>
    public static byte[] Damaged() => LegacyThaiFont("ประกาศ")[..200];
}
