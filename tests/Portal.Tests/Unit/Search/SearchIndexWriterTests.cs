using System.Text.Json;
using Portal.Features.Search;
using static Portal.Tests.Unit.Search.SearchIndexTestData;

namespace Portal.Tests.Unit.Search;

public sealed class SearchIndexWriterTests
{
    private static readonly string[] Words =
    [
        "ภาษี", "ที่ดิน", "ก่อสร้าง", "อนุญาต", "ร้องเรียน", "ทุจริต", "งบประมาณ", "ประปา", "ถนน", "ไฟฟ้า",
        "สุขภาพ", "โรงเรียน", "ตลาด", "ขยะ", "น้ำท่วม", "ผู้สูงอายุ", "เบี้ยยังชีพ", "ทะเบียนราษฎร", "ป้าย", "สวนสาธารณะ",
    ];

    /// <summary>Enough pages that the terms fill several chunks.</summary>
    private static List<SearchDocument> ManyDocuments() =>
        [.. Enumerable.Range(0, 600).Select(i => Document(
            $"/page-{i:D4}/",
            $"{Words[i % Words.Length]} {i}",
            string.Join(' ', Enumerable.Range(0, 30).Select(j => Words[((i * 7) + (j * 3)) % Words.Length] + ((i + j) % 50).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            section: i % 2 == 0 ? "news" : "ita",
            oit: i % 10 == 0 ? ["2566/O42"] : [],
            fiscalYear: 2565 + (i % 3)))];

    [Fact]
    public void The_same_documents_in_any_order_give_the_same_bytes()
    {
        var documents = ManyDocuments();
        var first = SearchIndexWriter.Write(SearchIndexBuilder.Build(documents));
        var second = SearchIndexWriter.Write(SearchIndexBuilder.Build(Enumerable.Reverse(documents)));

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void Chunks_and_fragments_written_as_soon_as_made_are_the_files_written_at_the_end()
    {
        var index = SearchIndexBuilder.Build(ManyDocuments());
        var late = SearchIndexWriter.Write(index);
        var early = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

        var files = SearchIndexWriter.Write(index, file =>
        {
            Assert.True(early.TryAdd(file.RelativePath, file.Content!));
            return Output.OutputFile.Written(file.RelativePath);
        });

        Assert.Equal(late.Select(f => f.RelativePath), files.Select(f => f.RelativePath));
        Assert.Equal(index.Documents.Count + late.Count(f => f.RelativePath.Contains("/terms/", StringComparison.Ordinal)), early.Count);
        Assert.All(files.Zip(late), pair => Assert.Equal(pair.Second.Content, pair.First.IsWritten ? early[pair.First.RelativePath] : pair.First.Content));
    }

    [Fact]
    public void Chunks_hold_consecutive_terms_and_the_manifest_names_each_chunks_first_key()
    {
        var index = SearchIndexBuilder.Build(ManyDocuments());
        var files = SearchIndexWriter.Write(index);
        var manifest = Json(files.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath));
        var chunks = manifest.GetProperty("chunks").EnumerateArray().Select(c => (First: c[0].GetString()!, File: c[1].GetString()!)).ToList();

        Assert.True(chunks.Count > 3, $"{chunks.Count} chunks");
        var termsInChunks = new List<string>();
        foreach (var (first, file) in chunks)
        {
            var terms = Json(files.Single(f => f.RelativePath == SearchIndexWriter.Folder + "/" + file)).EnumerateArray().Select(t => t[0].GetString()!).ToList();
            Assert.Equal(first, SearchText.SortKey(terms[0]));
            termsInChunks.AddRange(terms);
        }

        Assert.Equal(index.Terms.Select(t => t.Term), termsInChunks);
    }

    [Fact]
    public void A_chunk_is_closed_after_the_target_size_but_never_between_tone_variants_of_one_key()
    {
        var postings = Enumerable.Range(0, SearchIndexWriter.ChunkTargetBytes / 8).ToArray();
        var scores = postings.Select(_ => 1).ToArray();
        IndexedTerm Term(string term) => new(term, SearchText.SortKey(term), postings, scores);

        var chunks = SearchIndexWriter.Chunks([Term("กา"), Term("รอง"), Term("ร่อง"), Term("ร้อง"), Term("ลม")]);

        Assert.Equal([["กา"], ["รอง", "ร่อง", "ร้อง"], ["ลม"]], chunks.Select(c => c.Select(t => t.Term).ToArray()));
    }

    [Fact]
    public void Small_terms_share_a_chunk_until_the_target_size()
    {
        var index = SearchIndexBuilder.Build(ManyDocuments());

        var chunks = SearchIndexWriter.Chunks(index.Terms);

        Assert.All(chunks.SkipLast(1), chunk =>
        {
            var json = SearchIndexWriter.Write(new SearchIndex(index.Documents, chunk)).First(f => f.RelativePath.Contains("/terms/", StringComparison.Ordinal));
            var size = Json(json).GetRawText().Length;
            Assert.InRange(size, SearchIndexWriter.ChunkTargetBytes / 2, SearchIndexWriter.ChunkTargetBytes * 3);
        });
    }

    [Fact]
    public void Postings_are_stored_as_ascending_id_deltas_with_their_scores()
    {
        var index = SearchIndexBuilder.Build(ManyDocuments());
        var files = SearchIndexWriter.Write(index);
        var term = index.Find("ภาษี")!;

        var stored = files.Where(f => f.RelativePath.Contains("/terms/", StringComparison.Ordinal))
            .SelectMany(f => Json(f).EnumerateArray())
            .Single(t => t[0].GetString() == "ภาษี");

        var ids = new List<int>();
        var id = 0;
        foreach (var delta in stored[1].EnumerateArray())
        {
            id += delta.GetInt32();
            ids.Add(id);
        }

        Assert.Equal(term.Documents, ids);
        Assert.Equal(term.Scores, stored[2].EnumerateArray().Select(s => s.GetInt32()));
    }

    [Fact]
    public void Every_page_has_a_fragment_with_what_a_result_shows()
    {
        var documents = new[]
        {
            new SearchDocument("/news/a/", "ข่าวปลูกต้นไม้", "", "news", "ข่าวสาร", new DateOnly(2022, 9, 5), new Thai.FiscalYear(2565), [], Thai.PackedText.From("เทศบาลปลูกต้นไม้ น" + "\u0E49\u0E4D\u0E32" + "ตก")),
        };
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(documents));

        var fragment = Json(files.Single(f => f.RelativePath == SearchIndexWriter.FragmentPath(0)));

        Assert.Equal("/news/a/", fragment.GetProperty("url").GetString());
        Assert.Equal("ข่าวปลูกต้นไม้", fragment.GetProperty("title").GetString());
        Assert.Equal("ข่าวสาร", fragment.GetProperty("section").GetString());
        Assert.Equal("2022-09-05", fragment.GetProperty("date").GetString());
        Assert.Equal("5 กันยายน 2565", fragment.GetProperty("date_text").GetString());
        Assert.Equal("เทศบาลปลูกต้นไม้ น้ำตก", fragment.GetProperty("text").GetString());
    }

    [Fact]
    public void Filters_list_their_values_in_the_manifest_and_their_pages_in_a_separate_file()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(ManyDocuments()));
        var manifest = Json(files.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath));
        var filters = manifest.GetProperty("filters");

        Assert.Equal(["ita", "news"], filters.GetProperty("section").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.Equal([200, 200, 200], filters.GetProperty("fiscal_year").EnumerateArray().Select(v => v.GetProperty("count").GetInt32()));
        var oit = Assert.Single(filters.GetProperty("oit").EnumerateArray());
        Assert.Equal("2566/O42", oit.GetProperty("value").GetString());

        var filterFile = Json(files.Single(f => f.RelativePath == SearchIndexWriter.Folder + "/" + manifest.GetProperty("filters_file").GetString()));
        var oitPages = filterFile.GetProperty("oit").GetProperty("2566/O42").EnumerateArray().Select(d => d.GetInt32()).ToList();
        Assert.Equal(60, oitPages.Count);
        Assert.Equal(0, oitPages[0]);
        Assert.All(oitPages.Skip(1), delta => Assert.Equal(10, delta));
    }

    [Fact]
    public void An_oit_items_own_page_is_in_the_filter_file_but_the_manifest_lists_only_items_a_page_claims()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(
        [
            Document("/ita/2566/o27/", "O27 แนวปฏิบัติ", "ข้อกำหนด") with { OitItemPage = "2566/O27" },
            Document("/ita/2566/o42/", "O42 มาตรการ", "ข้อกำหนด") with { OitItemPage = "2566/O42" },
            Document("/ita/measures/", "มาตรการ", "เนื้อหา", oit: ["2566/O42"]),
        ]));
        var manifest = Json(files.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath));
        var filterFile = Json(files.Single(f => f.RelativePath == SearchIndexWriter.Folder + "/" + manifest.GetProperty("filters_file").GetString()));

        var listed = Assert.Single(manifest.GetProperty("filters").GetProperty("oit").EnumerateArray());
        Assert.Equal(("2566/O42", 2), (listed.GetProperty("value").GetString(), listed.GetProperty("count").GetInt32()));
        Assert.Equal(["2566/O27", "2566/O42"], filterFile.GetProperty("oit").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Thai_is_written_as_utf_8_not_escaped()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build([Document("/a/", "ภาษี", "ภาษีที่ดิน", section: "ภาษี")]));

        var manifest = System.Text.Encoding.UTF8.GetString(files.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Content!);
        Assert.Contains("\"value\":\"ภาษี\"", manifest, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(manifest).RootElement.ValueKind);
    }
}
