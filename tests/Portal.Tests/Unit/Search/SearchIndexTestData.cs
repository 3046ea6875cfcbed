using System.IO.Compression;
using System.Text.Json;
using Portal.Features.Search;
using Portal.Output;

namespace Portal.Tests.Unit.Search;

/// <summary>Documents for the index tests, and a reader for the files the writer produces.</summary>
internal static class SearchIndexTestData
{
    public static SearchDocument Document(string url, string title, string text, string description = "", string section = "", string[]? oit = null, int? fiscalYear = null) =>
        new(url, title, description, section, section, null, fiscalYear is { } year ? new Thai.FiscalYear(year) : null, oit ?? [], Thai.PackedText.From(text));

    public static JsonElement Json(OutputFile file)
    {
        Assert.NotNull(file.Content);
        var bytes = file.RelativePath.EndsWith(".bin", StringComparison.Ordinal) ? Inflate(file.Content) : file.Content;
        return JsonDocument.Parse(bytes).RootElement.Clone();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
