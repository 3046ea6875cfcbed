using Portal.Features.Search;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Unit.Search;

public sealed class PdfTextExtractorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-pdf-").FullName;

    private PdfText Extract(byte[] pdf)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return PdfTextExtractor.Extract(path);
    }

    [Fact]
    public void A_pdf_with_a_Thai_text_layer_is_searchable_with_its_lines_apart()
    {
        var text = PdfTextExtractor.Extract(Path.Combine(TestPaths.Site("pdf-attachments"), "input", "files", "tax", "แบบภาษีที่ดิน.pdf"));

        Assert.Equal(PdfTextStatus.Searchable, text.Status);
        Assert.Contains("การยื่นแบบชำระภาษีที่ดินและสิ่งปลูกสร้าง\n", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_has_no_text() => Assert.Equal(new PdfText(PdfTextStatus.NoText, ""), Extract(TestPdfs.Scan()));

    [Fact]
    public void A_legacy_thai_font_is_garbled() =>
        Assert.Equal(new PdfText(PdfTextStatus.Garbled, ""), Extract(TestPdfs.LegacyThaiFont("ประกาศเทศบาล เรื่อง การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง")));

    [Fact]
    public void A_damaged_file_is_unreadable_with_the_reader_s_reason()
    {
        var text = Extract(TestPdfs.Damaged());

        Assert.Equal(PdfTextStatus.Unreadable, text.Status);
        Assert.False(string.IsNullOrWhiteSpace(text.Problem));
    }

    [Fact]
    public void Only_the_first_characters_of_a_long_pdf_are_read()
    {
        var line = string.Concat(Enumerable.Repeat("Transparency ", 8));
        var text = Extract(TestPdfs.LatinText(Enumerable.Repeat(line, 400)));

        Assert.Equal(PdfTextStatus.Searchable, text.Status);
        Assert.Equal(PdfTextExtractor.MaxCharacters, text.Text.Length);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
