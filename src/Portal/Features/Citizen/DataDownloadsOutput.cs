using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Features.Citizen;
using Portal.Kinds;
using Portal.Output;
using Portal.Site;

namespace Portal.Features.Citizen;

/// <summary>
/// The downloads beside each published data table: <c>/data/&lt;file&gt;.csv</c> (UTF-8 with a byte-order mark, so
/// Excel shows Thai correctly; a cell that would start a formula is neutralised, <see cref="CsvCells"/>) and
/// <c>/data/&lt;file&gt;.json</c> (an array of objects, numbers as numbers).
/// </summary>
internal sealed class DataDownloadsOutput : ISiteOutput
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<string> Paths(SiteModel site) =>
        Published(site).SelectMany(p => new[] { DataTableKind.DownloadPath(p.Key, "csv"), DataTableKind.DownloadPath(p.Key, "json") });

    public IEnumerable<OutputFile> Write(OutputContext context) =>
        Published(context.Site).SelectMany(p => new[]
        {
            OutputFile.Bytes(DataTableKind.DownloadPath(p.Key, "csv"), Csv(p.Records)),
            OutputFile.Bytes(DataTableKind.DownloadPath(p.Key, "json"), Json(p.Records)),
        });

    /// <summary>Each data file that a data-table page publishes, once, in key order.</summary>
    private static IEnumerable<(string Key, DataRecords Records)> Published(SiteModel site) =>
        site.Pages.Where(p => p.Kind is DataTableKind).Select(DataTableKind.DataKey).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(key => (key, file: site.Data.FirstOrDefault(d => d.Key == key)))
            .Select(x => (x.key, records: x.file is null ? null : DataRecords.From(x.file)))
            .Where(x => x.records is not null)
            .Select(x => (x.key, x.records!));

    /// <summary>The header and each row, one line each, cells as <see cref="CsvCells"/> writes them.</summary>
    internal static byte[] Csv(DataRecords records)
    {
        var text = new StringBuilder();
        text.Append(CsvCells.Row(records.Columns)).Append('\n');
        foreach (var row in records.Rows)
        {
            text.Append(CsvCells.Row(records.Columns.Select(column => DataRecords.Raw(row.GetValueOrDefault(column))))).Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    internal static byte[] Json(DataRecords records)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var row in records.Rows)
            {
                json.WriteStartObject();
                foreach (var column in records.Columns)
                {
                    switch (row.GetValueOrDefault(column))
                    {
                        case null: json.WriteNull(column); break;
                        case decimal number: json.WriteNumber(column, number); break;
                        case bool flag: json.WriteBoolean(column, flag); break;
                        case var value: json.WriteString(column, DataRecords.Raw(value)); break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
