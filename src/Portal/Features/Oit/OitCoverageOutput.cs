using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Portal.Output;
using Portal.Site;
using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>
/// <c>ita/&lt;year&gt;/coverage.json</c> (the contract for auditors' scripts, DESIGN.md "OIT") and
/// <c>ita/&lt;year&gt;/coverage.csv</c> (the ITAS list, UTF-8 with a BOM so that Excel reads the Thai), for
/// each year with a catalog. Both read the coverage the year's coverage page carries.
/// </summary>
internal sealed class OitCoverageOutput : ISiteOutput
{
    public IEnumerable<string> Paths(SiteModel site) =>
        Years(site).SelectMany(y => new[] { OitUrls.CoverageJsonPath(y.Year), OitUrls.CoverageCsvPath(y.Year) });

    public IEnumerable<OutputFile> Write(OutputContext context)
    {
        foreach (var year in Years(context.Site))
        {
            yield return OutputFile.Bytes(OitUrls.CoverageJsonPath(year.Year), Json(year, context.Site.Settings.BaseUrl));
            yield return OutputFile.Bytes(OitUrls.CoverageCsvPath(year.Year), Csv(year, context.Site.Settings.BaseUrl));
        }
    }

    /// <summary>The coverage of each year, from its generated coverage page.</summary>
    public static IEnumerable<OitYearCoverage> Years(SiteModel site) =>
        site.Pages.Where(p => p.Kind == OitPageKind.Coverage)
            .Select(p => p.FrontMatter.Extensions.Get<OitPageData>()?.Year)
            .OfType<OitYearCoverage>()
            .OrderBy(y => y.Year);

    /// <summary><c>{"year","as_of","items":[{"code","title","status","verified","evidence":[{"url","title","fiscal_year"}]}],"summary":{…}}</c>, URLs absolute.</summary>
    public static byte[] Json(OitYearCoverage year, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            json.WriteString("as_of", ThaiDate.ToIso(year.AsOf));
            json.WriteStartArray("items");
            foreach (var item in year.Items)
            {
                json.WriteStartObject();
                json.WriteString("code", item.Item.Code);
                json.WriteString("title", item.Item.Title);
                json.WriteString("status", OitStatusNames.Of(item.Status));
                json.WriteBoolean("verified", item.Item.Verified);
                json.WriteStartArray("evidence");
                foreach (var evidence in item.Links)
                {
                    json.WriteStartObject();
                    json.WriteString("url", PageUrls.Absolute(baseUrl, evidence.Url));
                    json.WriteString("title", evidence.Title);
                    if (evidence.FiscalYear is { } fiscalYear)
                    {
                        json.WriteNumber("fiscal_year", fiscalYear.BuddhistYear);
                    }
                    else
                    {
                        json.WriteNull("fiscal_year");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("total", year.Items.Count);
            foreach (var status in Enum.GetValues<OitStatus>())
            {
                json.WriteNumber(OitStatusNames.Of(status), year.Count(status));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// One row per item: code, title, status, whether the catalog entry is verified against the NACC manual, the as-of date and the evidence URLs (absolute, one per line in the cell). CRLF rows,
    /// a BOM first, cells as <see cref="CsvCells"/> writes them (a title that starts a formula is neutralised).
    /// </summary>
    public static byte[] Csv(OitYearCoverage year, string baseUrl)
    {
        var text = new StringBuilder();
        Row(text, ["รหัส", "ชื่อรายการ", "สถานะ", "ยืนยันกับคู่มือ ITA", "ข้อมูล ณ วันที่", "URL"]);
        foreach (var item in year.Items)
        {
            Row(text,
            [
                item.Item.Code,
                item.Item.Title,
                $"{item.StatusText} ({OitStatusNames.Of(item.Status)})",
                item.Item.Verified ? "ยืนยันแล้ว" : "ยังไม่ยืนยัน",
                ThaiDate.ToIso(year.AsOf),
                string.Join('\n', item.Links.Select(e => PageUrls.Absolute(baseUrl, e.Url))),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells) => text.Append(CsvCells.Row(cells)).Append("\r\n");
}
