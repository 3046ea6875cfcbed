using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Features.Oit;
using Portal.Thai;

namespace Portal.Features.Dashboard;

/// <summary>
/// Checks a coverage.json against the contract OitCoverageOutput writes (docs/dashboard.md, "coverage.json"), strictly:
/// a source that breaks any rule is left out whole and reported (PT110), since a dashboard that showed half a report
/// would tell a province something no body said. Unknown properties are allowed, so the contract can grow.
/// </summary>
internal static partial class CoverageReportReader
{
    /// <summary>The deepest a valid report nests is 5 (root, items, item, evidence, evidence entry).</summary>
    public const int MaxDepth = 8;

    /// <summary>The largest OIT catalog has had 43 items.</summary>
    public const int MaxItems = 200;

    public const int MaxEvidence = 500;

    public const int MaxTitleLength = 500;

    public const int MaxUrlLength = 2000;

    private static readonly string[] Statuses = ["covered", "stale", "draft", "missing"];

    /// <summary>The report, or the reason it is refused.</summary>
    public static (CoverageReport? Report, SourceProblem? Problem) Read(ReadOnlyMemory<byte> json, int expectedYear, DateOnly today, Func<string, string> intern)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return (ReadRoot(document.RootElement, expectedYear, today, intern), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (บรรทัด {line + 1})" : "";
            return (null, SourceProblem.Invalid($"ไม่ใช่ JSON ที่ถูกต้องหรือซ้อนลึกเกิน {MaxDepth} ชั้น{where}", $"not valid JSON, or nested deeper than {MaxDepth}: {OneLine(e.Message)}"));
        }
        catch (InvalidReportException e)
        {
            return (null, SourceProblem.Invalid(e.ThaiMessage, e.Message));
        }
    }

    private static CoverageReport ReadRoot(JsonElement root, int expectedYear, DateOnly today, Func<string, string> intern)
    {
        var top = Properties(root, "", ["year", "as_of", "items", "summary"]);
        var year = WholeNumber(top["year"], "year");
        if (year != expectedYear)
        {
            throw new InvalidReportException($"เป็นรายงานของปี {year} ไม่ใช่ปี {expectedYear}", $"the report is for {year}, not {expectedYear}");
        }

        var asOfText = Text(top["as_of"], "as_of", 10);
        if (!ThaiDate.TryParseIso(asOfText, out var asOf) || asOf.Year > 2400)
        {
            throw new InvalidReportException($"as_of '{Shown(asOfText)}' ไม่ใช่วันที่ ค.ศ. แบบ ปปปป-ดด-วว", $"as_of '{Shown(asOfText)}' is not a Gregorian YYYY-MM-DD date");
        }

        if (asOf > today.AddDays(1))
        {
            throw new InvalidReportException($"as_of {asOfText} เป็นวันในอนาคต", $"as_of {asOfText} is in the future");
        }

        if (top["items"].ValueKind != JsonValueKind.Array)
        {
            throw Wrong("items", "รายการ (array)", "an array");
        }

        var count = top["items"].GetArrayLength();
        if (count > MaxItems)
        {
            throw new InvalidReportException($"มี {count:N0} รายการ เกิน {MaxItems} รายการ", $"{count:N0} items, more than {MaxItems}");
        }

        var items = new List<CoverageReportItem>(count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in top["items"].EnumerateArray())
        {
            var item = Item(element, items.Count, intern);
            if (!codes.Add(item.Code))
            {
                throw new InvalidReportException($"รหัส {item.Code} ซ้ำกัน", $"the code {item.Code} appears twice");
            }

            items.Add(item);
        }

        var summary = Properties(top["summary"], "summary.", ["total", "covered", "stale", "draft", "missing"]);
        var counted = new Dictionary<string, int>(StringComparer.Ordinal) { ["total"] = items.Count };
        foreach (var status in Enum.GetValues<OitStatus>())
        {
            counted[OitStatusNames.Of(status)] = items.Count(i => i.Status == status);
        }

        foreach (var (name, value) in counted)
        {
            var given = WholeNumber(summary[name], "summary." + name);
            if (given != value)
            {
                throw new InvalidReportException($"summary.{name} เป็น {given} แต่นับจาก items ได้ {value}", $"summary.{name} is {given}, but items count {value}");
            }
        }

        return new CoverageReport(year, asOf, items);
    }

    private static CoverageReportItem Item(JsonElement element, int index, Func<string, string> intern)
    {
        var at = $"items[{index}].";
        var item = Properties(element, at, ["code", "title", "status", "verified", "evidence"]);
        var code = Text(item["code"], at + "code", 16);
        if (!CodePattern().IsMatch(code))
        {
            throw new InvalidReportException($"{at}code '{Shown(code)}' ไม่ใช่รหัสรายการ OIT เช่น O1", $"{at}code '{Shown(code)}' is not an OIT item code such as O1");
        }

        var title = Text(item["title"], at + "title", MaxTitleLength);
        if (title.Length == 0 || title.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new InvalidReportException($"{at}title ว่างหรือมีเครื่องหมาย < หรือ > (โค้ด HTML): '{Shown(title)}'",
                $"{at}title is empty or holds < or > (markup): '{Shown(title)}'");
        }

        var statusName = Text(item["status"], at + "status", 16);
        if (!Statuses.Contains(statusName))
        {
            throw new InvalidReportException($"{at}status '{Shown(statusName)}' ต้องเป็น covered, stale, draft หรือ missing",
                $"{at}status '{Shown(statusName)}' must be covered, stale, draft or missing");
        }

        if (item["verified"].ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Wrong(at + "verified", "true หรือ false", "true or false");
        }

        Evidence(item["evidence"], at + "evidence");
        return new CoverageReportItem(intern(code), intern(title), OitStatusNames.Parse(statusName)!.Value);
    }

    /// <summary>Evidence is not shown (the body's own coverage page lists it), but a report with unsafe links in it is not a report to trust.</summary>
    private static void Evidence(JsonElement list, string at)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(at, "รายการ (array)", "an array");
        }

        if (list.GetArrayLength() > MaxEvidence)
        {
            throw new InvalidReportException($"{at} มีหลักฐานเกิน {MaxEvidence} รายการ", $"{at} has more than {MaxEvidence} entries");
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var here = $"{at}[{index++}].";
            var evidence = Properties(entry, here, ["url", "title", "fiscal_year"]);
            var url = Text(evidence["url"], here + "url", MaxUrlLength);
            if (!IsHttpUrl(url))
            {
                throw new InvalidReportException($"{here}url '{Shown(url)}' ไม่ใช่ URL แบบ http(s)", $"{here}url '{Shown(url)}' is not an http(s) URL");
            }

            Text(evidence["title"], here + "title", MaxTitleLength);
            if (evidence["fiscal_year"].ValueKind != JsonValueKind.Null && !DashboardYears.IsPlausible(WholeNumber(evidence["fiscal_year"], here + "fiscal_year")))
            {
                throw new InvalidReportException($"{here}fiscal_year ไม่ใช่ปีงบประมาณ พ.ศ.", $"{here}fiscal_year is not a Buddhist-era fiscal year");
            }
        }
    }

    public static bool IsHttpUrl(string url) =>
        !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The object's required properties (each name once); any other property is skipped.</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element, string at, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(at.Length == 0 ? "ข้อมูลทั้งไฟล์" : at.TrimEnd('.'), "ออบเจกต์ (object)", "an object");
        }

        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (required.Contains(property.Name) && !found.TryAdd(property.Name, property.Value))
            {
                throw new InvalidReportException($"{at}{property.Name} มีซ้ำสองครั้ง", $"{at}{property.Name} appears twice");
            }
        }

        if (required.FirstOrDefault(name => !found.ContainsKey(name)) is { } missing)
        {
            throw new InvalidReportException($"ไม่มี {at}{missing}", $"{at}{missing} is missing");
        }

        return found;
    }

    private static int WholeNumber(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= 0 ? value
        : throw Wrong(at, "จำนวนเต็มไม่ติดลบที่ไม่เกิน 2,147,483,647", "a whole number from 0 to 2,147,483,647");

    /// <summary>A string of at most <paramref name="maxLength"/> characters with no control or bidirectional-override character.</summary>
    private static string Text(JsonElement element, string at, int maxLength)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Wrong(at, "ข้อความ (string)", "a string");
        }

        var text = element.GetString()!;
        if (text.Length > maxLength)
        {
            throw new InvalidReportException($"{at} ยาวเกิน {maxLength} ตัวอักษร", $"{at} is longer than {maxLength} characters");
        }

        if (text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
        {
            throw new InvalidReportException($"{at} มีอักขระควบคุมหรืออักขระกลับทิศทางข้อความ", $"{at} holds a control or bidirectional-override character");
        }

        return ThaiText.Normalize(text);
    }

    private static InvalidReportException Wrong(string at, string thai, string english) =>
        new($"{at} ต้องเป็น{thai}", $"{at} must be {english}");

    /// <summary>A value quoted in a message: short, on one line. The dashboard escapes it like any text.</summary>
    private static string Shown(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{0,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private sealed class InvalidReportException(string thai, string english) : Exception(english)
    {
        public string ThaiMessage { get; } = thai;
    }
}
