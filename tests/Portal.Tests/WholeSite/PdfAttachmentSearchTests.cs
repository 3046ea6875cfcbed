using System.IO.Compression;
using System.Text.Json;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Features.Search;

namespace Portal.Tests.WholeSite;

/// <summary>
/// PDF attachments in the search index (Sites/pdf-attachments, plus a scan, a legacy-font PDF and a damaged
/// file made by <see cref="TestPdfs"/>): text PDFs are searched by their words, the others by title only.
/// </summary>
public sealed class PdfAttachmentSearchTests
{
    private const string TextPdfUrl = "/files/tax/%E0%B9%81%E0%B8%9A%E0%B8%9A%E0%B8%A0%E0%B8%B2%E0%B8%A9%E0%B8%B5%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B8%94%E0%B8%B4%E0%B8%99.pdf";

    /// <summary>Copies the fixture and adds the PDFs the tests make.</summary>
    internal static TempSite CreateSite()
    {
        var site = TempSite.Create("pdf-attachments");
        var folder = Path.Combine(site.InputDirectory, "files", "tax");
        File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), TestPdfs.Scan());
        File.WriteAllBytes(Path.Combine(folder, "legacy-font.pdf"), TestPdfs.LegacyThaiFont("ประกาศเทศบาล เรื่อง การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีงบประมาณ"));
        File.WriteAllBytes(Path.Combine(folder, "damaged.pdf"), TestPdfs.Damaged());
        return site;
    }

    [Fact]
    public void A_text_pdf_is_found_by_a_Thai_word_inside_it_and_links_to_the_pdf_and_the_page_that_lists_it()
    {
        using var site = CreateSite();
        var built = site.Build();
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));

        var found = Search(built, "กองช่าง").Select(id => Fragment(built, id)).ToList();

        var pdf = Assert.Single(found);
        Assert.Equal(TextPdfUrl, pdf.GetProperty("url").GetString());
        Assert.Equal("แบบยื่นภาษีที่ดิน (ตัวอย่าง)", pdf.GetProperty("title").GetString());
        Assert.Equal("/tax/", pdf.GetProperty("listed_on").GetProperty("url").GetString());
        Assert.Equal("ภาษีท้องถิ่น", pdf.GetProperty("listed_on").GetProperty("title").GetString());
        Assert.Contains("สิ่งปลูกสร้าง", pdf.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(built.Exists(Uri.UnescapeDataString(TextPdfUrl).TrimStart('/')));
    }

    [Fact]
    public void A_pdf_only_linked_from_a_page_is_indexed_under_its_file_name()
    {
        using var site = CreateSite();
        var built = site.Build();

        var pdf = Fragment(built, Assert.Single(Search(built, "annual budget")));

        Assert.Equal("/files/forms/english%20form.pdf", pdf.GetProperty("url").GetString());
        Assert.Equal("english form.pdf", pdf.GetProperty("title").GetString());
        Assert.Equal("/forms/", pdf.GetProperty("listed_on").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("ประกาศฉบับสแกน", "scan.pdf")]
    [InlineData("ประกาศฟอนต์เก่า", "legacy-font.pdf")]
    [InlineData("ประกาศไฟล์เสีย", "damaged.pdf")]
    public void A_pdf_without_usable_text_is_found_by_its_title_only_and_counted(string title, string file)
    {
        using var site = CreateSite();
        var built = site.Build();

        var pdf = Fragment(built, Assert.Single(Search(built, title)));
        Assert.Equal($"/files/tax/{file}", pdf.GetProperty("url").GetString());
        Assert.Equal("", pdf.GetProperty("text").GetString());
        Assert.Contains(site.Display($"files/tax/{file}"), built.Result.Session.Get<PdfTextCache>().WithoutText);
        Assert.Equal(3, built.Result.Session.Get<PdfTextCache>().WithoutText.Count);
    }

    [Fact]
    public void The_text_of_a_legacy_font_pdf_is_not_indexed()
    {
        using var site = CreateSite();
        var built = site.Build();

        Assert.Empty(Search(built, "จัดเก็บ"));
        Assert.Empty(Search(built, TestPdfs.Tis620AsLatin1("จัดเก็บ")));
    }

    [Fact]
    public void A_damaged_pdf_is_a_warning_with_its_file_and_the_site_builds()
    {
        using var site = CreateSite();
        var built = site.Build();

        Assert.True(built.Result.Succeeded);
        var warning = Assert.Single(built.Result.Diagnostics);
        Assert.Equal((Severity.Warning, "PT050", site.Display("files/tax/damaged.pdf")), (warning.Severity, warning.Code.Id, warning.Location.Path));
        Assert.Contains("อ่านไฟล์ PDF ไม่ได้", warning.ThaiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_is_the_same_bytes_on_every_build()
    {
        using var site = CreateSite();
        var first = TempSite.Snapshot(Path.Combine(site.Build().OutputDirectory, SearchIndexWriter.Folder));
        var second = TempSite.Snapshot(Path.Combine(site.Build(Path.Combine(site.Root, "again")).OutputDirectory, SearchIndexWriter.Folder));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_session_reads_a_pdf_again_only_when_it_changed()
    {
        using var site = CreateSite();
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);

        session.Build(null);
        Assert.Equal(5, session.State.Get<PdfTextCache>().ExtractedCount);

        session.Build(null);
        Assert.Equal(0, session.State.Get<PdfTextCache>().ExtractedCount);

        File.WriteAllBytes(Path.Combine(site.InputDirectory, "files", "tax", "scan.pdf"), TestPdfs.LegacyThaiFont("ประกาศ"));
        var result = session.Build(null);
        Assert.Equal(1, session.State.Get<PdfTextCache>().ExtractedCount);
        Assert.Equal(3, result.Session.Get<PdfTextCache>().WithoutText.Count);
    }

    /// <summary>The documents that hold every term of the query, read from the written index as the browser reads it.</summary>
    private static IReadOnlyList<int> Search(BuiltSite built, string query)
    {
        var manifest = JsonDocument.Parse(built.Text(SearchIndexWriter.ManifestPath)).RootElement;
        var chunks = manifest.GetProperty("chunks").EnumerateArray().Select(c => (First: c[0].GetString()!, File: c[1].GetString()!)).ToList();
        IEnumerable<int>? found = null;
        foreach (var term in SearchText.Terms(query))
        {
            var key = SearchText.SortKey(term);
            var chunk = chunks.Where(c => string.CompareOrdinal(c.First, key) <= 0).DefaultIfEmpty(chunks[0]).Last();
            var entry = Inflated(built.Bytes($"{SearchIndexWriter.Folder}/{chunk.File}")).EnumerateArray().FirstOrDefault(t => t[0].GetString() == term);
            var documents = entry.ValueKind == JsonValueKind.Undefined ? [] : Ids(entry[1]);
            found = found is null ? documents : found.Intersect(documents);
        }

        return [.. found ?? []];
    }

    private static List<int> Ids(JsonElement deltas)
    {
        var ids = new List<int>();
        var id = 0;
        foreach (var delta in deltas.EnumerateArray())
        {
            id += delta.GetInt32();
            ids.Add(id);
        }

        return ids;
    }

    private static JsonElement Fragment(BuiltSite built, int id) => Inflated(built.Bytes(SearchIndexWriter.FragmentPath(id)));

    private static JsonElement Inflated(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        return JsonDocument.Parse(input).RootElement.Clone();
    }
}
