using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Portal.Output;
using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as the static files the browser reads, all under <c>search/</c>:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the number of documents, the first sort key of every term chunk with
/// its file, and the filter values (section, fiscal year, OIT item) with their counts.</item>
/// <item><c>terms/&lt;hash&gt;.bin</c>: the terms (words, and the titles' pairs of neighbouring words, <see cref="TitlePair"/>) in sort-key order, cut into chunks of about
/// <see cref="ChunkTargetBytes"/>, so a query downloads only the chunks its words fall in. A term's
/// spellings that differ only in tone marks share a sort key and are never split across chunks.</item>
/// <item><c>pages/&lt;id&gt;.bin</c>: one fragment per page or PDF (URL, title, section, date, text for the
/// excerpt, and for a PDF the page that lists it), downloaded only for the results shown.</item>
/// <item><c>filters/&lt;hash&gt;.bin</c>: the documents of every filter value, downloaded only when a filter is used.</item>
/// </list>
/// The <c>.bin</c> files are gzip-compressed JSON, which the client inflates with
/// <c>DecompressionStream</c>; so the bytes a visitor downloads do not depend on the web server's
/// compression. Files named by a hash change name when their content changes. The same index gives
/// the same bytes every time.
/// </summary>
internal static class SearchIndexWriter
{
    public const string Folder = "search";
    public const string ManifestPath = Folder + "/manifest.json";
    public const int FormatVersion = 1;

    /// <summary>A chunk is closed once its uncompressed JSON passes this size (a chunk that holds one very common term may be larger).</summary>
    public const int ChunkTargetBytes = 32 * 1024;

    /// <summary>
    /// zlib level 4 instead of the default 6: on the 10,000-page corpus it compresses the 81 MB of
    /// fragments in 0.70 s instead of 0.83 s (one core) for 1.7 % more bytes (19.17 MB against 18.85 MB).
    /// </summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 4 };

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="writeNow">Writes each term chunk and page fragment as soon as it is compressed (<see cref="OutputContext.WriteNow"/>), so that they are not all held (20,000 pages: about 40 MB); null returns them with their bytes.</param>
    public static IReadOnlyList<OutputFile> Write(SearchIndex index, Func<OutputFile, OutputFile>? writeNow = null)
    {
        var written = writeNow ?? (file => file);
        var files = new List<OutputFile>();
        var termChunks = Chunks(index.Terms);
        var chunkFiles = new OutputFile[termChunks.Count];
        Parallel.For(0, termChunks.Count, i => chunkFiles[i] = written(Hashed("terms", TermsJson(termChunks[i]))));
        var chunks = termChunks.Select((chunk, i) => (First: chunk[0].SortKey, File: chunkFiles[i])).ToList();
        files.AddRange(chunkFiles);

        var filters = Hashed("filters", FiltersJson(index.Documents));
        files.Add(filters);
        var fragments = new OutputFile[index.Documents.Count];
        Parallel.For(0, fragments.Length, id => fragments[id] = written(OutputFile.Bytes(FragmentPath(id), FragmentJson(index.Documents[id]))));
        files.AddRange(fragments);
        files.Add(OutputFile.Bytes(ManifestPath, ManifestJson(index.Documents, chunks.Select(c => (c.First, RelativeToFolder(c.File))), RelativeToFolder(filters))));
        return files;
    }

    public static string FragmentPath(int documentId) => $"{Folder}/pages/{documentId.ToString(CultureInfo.InvariantCulture)}.bin";

    /// <summary>Consecutive terms, cut where the running size passes the target but never inside a group of one sort key.</summary>
    public static IReadOnlyList<IReadOnlyList<IndexedTerm>> Chunks(IReadOnlyList<IndexedTerm> terms)
    {
        var chunks = new List<IReadOnlyList<IndexedTerm>>();
        var current = new List<IndexedTerm>();
        var size = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var startsGroup = i == 0 || terms[i - 1].SortKey != terms[i].SortKey;
            if (startsGroup && size >= ChunkTargetBytes)
            {
                chunks.Add(current);
                current = [];
                size = 0;
            }

            current.Add(terms[i]);
            size += EstimatedJsonBytes(terms[i]);
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    /// <summary>A close estimate of a term's JSON size (Thai letters are 3 bytes in UTF-8; ids as deltas, scores up to 4 digits).</summary>
    private static int EstimatedJsonBytes(IndexedTerm term) => (term.Term.Length * 3) + 10 + (term.Documents.Length * 8);

    /// <summary><c>[["term", [first id, delta, delta…], [score, score…]], …]</c>.</summary>
    private static byte[] TermsJson(IReadOnlyList<IndexedTerm> chunk) => CompressedJson(json =>
    {
        json.WriteStartArray();
        foreach (var term in chunk)
        {
            json.WriteStartArray();
            json.WriteStringValue(term.Term);
            WriteDeltas(json, term.Documents);
            json.WriteStartArray();
            foreach (var score in term.Scores)
            {
                json.WriteNumberValue(score);
            }

            json.WriteEndArray();
            json.WriteEndArray();
        }

        json.WriteEndArray();
    });

    /// <summary><c>{"section": {"ita": [ids as deltas]}, "fiscal_year": {"2566": […]}, "oit": {"2566/O42": […]}}</c>.</summary>
    private static byte[] FiltersJson(IReadOnlyList<SearchDocument> documents) => CompressedJson(json =>
    {
        json.WriteStartObject();
        foreach (var (name, values) in FilterValues(documents))
        {
            json.WritePropertyName(name);
            json.WriteStartObject();
            foreach (var value in values)
            {
                json.WritePropertyName(value.Value);
                WriteDeltas(json, value.Documents);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    private static byte[] FragmentJson(SearchDocument document) => CompressedJson(json =>
    {
        json.WriteStartObject();
        json.WriteString("url", document.Url);
        json.WriteString("title", document.Title);
        json.WriteString("section", document.SectionTitle);
        if (document.Date is { } date)
        {
            json.WriteString("date", ThaiDate.ToIso(date));
            json.WriteString("date_text", ThaiDate.Format(date));
        }

        if (document.ListedOn is { } listing)
        {
            json.WriteStartObject("listed_on");
            json.WriteString("url", listing.Url);
            json.WriteString("title", listing.Title);
            json.WriteEndObject();
        }

        // NFC with one SARA AM, as the query is, so the client can find and highlight the words.
        var text = document.Text.ToString();
        json.WriteString("text", ThaiText.Normalize(string.IsNullOrWhiteSpace(text) ? document.Description : text));
        json.WriteEndObject();
    });

    private static byte[] ManifestJson(IReadOnlyList<SearchDocument> documents, IEnumerable<(string First, string File)> chunks, string filtersFile) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteNumber("documents", documents.Count);
        json.WriteStartArray("chunks");
        foreach (var (first, file) in chunks)
        {
            json.WriteStartArray();
            json.WriteStringValue(first);
            json.WriteStringValue(file);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteString("filters_file", filtersFile);
        json.WriteStartObject("filters");
        var sectionTitles = documents.GroupBy(d => d.Section).ToDictionary(g => g.Key, g => g.First().SectionTitle, StringComparer.Ordinal);
        foreach (var (name, values) in FilterValues(documents))
        {
            json.WriteStartArray(name);
            foreach (var value in values.Where(v => Listed(documents, name, v)))
            {
                json.WriteStartObject();
                json.WriteString("value", value.Value);
                if (name == "section")
                {
                    json.WriteString("title", sectionTitles[value.Value]);
                }

                json.WriteNumber("count", value.Documents.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>The filters, each with its values in order and the ids of the documents that have each value.</summary>
    private static IEnumerable<(string Name, IReadOnlyList<(string Value, IReadOnlyList<int> Documents)> Values)> FilterValues(IReadOnlyList<SearchDocument> documents)
    {
        yield return ("section", Group(documents, d => d.Section.Length > 0 ? [d.Section] : []));
        yield return ("fiscal_year", Group(documents, d => d.FiscalYear is { } year ? [year.ToString()] : []));
        yield return ("oit", Group(documents, d => d.OitItemPage is { } own ? [own, .. d.OitItems] : d.OitItems));
    }

    /// <summary>Whether the manifest lists a filter value: an OIT item only when some page claims it, not for its own page alone (the catalog has hundreds).</summary>
    private static bool Listed(IReadOnlyList<SearchDocument> documents, string name, (string Value, IReadOnlyList<int> Documents) value) =>
        name != "oit" || value.Documents.Any(id => documents[id].OitItems.Contains(value.Value, StringComparer.Ordinal));

    private static IReadOnlyList<(string, IReadOnlyList<int>)> Group(IReadOnlyList<SearchDocument> documents, Func<SearchDocument, IEnumerable<string>> values) =>
        [.. documents
            .SelectMany((document, id) => values(document).Distinct().Select(value => (Value: value, Id: id)))
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<int>)[.. g.Select(p => p.Id)]))];

    private static void WriteDeltas(Utf8JsonWriter json, IReadOnlyList<int> ascending)
    {
        json.WriteStartArray();
        var previous = 0;
        foreach (var id in ascending)
        {
            json.WriteNumberValue(id - previous);
            previous = id;
        }

        json.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write) => Written(write).ToArray();

    /// <summary>The JSON, gzipped in one write (so the bytes do not depend on how the JSON writer flushes).</summary>
    private static byte[] CompressedJson(Action<Utf8JsonWriter> write)
    {
        var stream = _compressed ??= new MemoryStream();
        stream.SetLength(0);
        using (var gzip = new GZipStream(stream, Compression, leaveOpen: true))
        {
            gzip.Write(Written(write));
        }

        return stream.ToArray();
    }

    /// <summary>One buffer per thread for the compressed bytes, reused like the JSON's: a stream of its own for each of 20,000 files grew by copying several times.</summary>
    [ThreadStatic]
    private static MemoryStream? _compressed;

    /// <summary>One buffer per thread for the uncompressed JSON: the index writes thousands of files.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _json;

    /// <summary>The JSON in this thread's buffer, valid until the thread writes the next one.</summary>
    private static ReadOnlySpan<byte> Written(Action<Utf8JsonWriter> write)
    {
        var buffer = _json ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(json);
        }

        return buffer.WrittenSpan;
    }

    private static OutputFile Hashed(string subfolder, byte[] content) =>
        OutputFile.Bytes($"{Folder}/{subfolder}/{Convert.ToHexStringLower(SHA256.HashData(content))[..12]}.bin", content);

    private static string RelativeToFolder(OutputFile file) => file.RelativePath[(Folder.Length + 1)..];
}
