using System.Globalization;
using System.Text;
using System.Text.Json;
using Portal.Features.Dashboard;
using Portal.Thai;

namespace Portal.Testing;

/// <summary>
/// A national dashboard's sources made up for tests and benchmarks: <c>sources.yml</c> and one coverage.json per body under
/// <c>coverage/</c>, in every province in turn, with varied statuses of 43 items, and a few bodies whose source is bad in
/// each way the dashboard must survive (<see cref="Bad"/>). The same count gives the same files.
/// </summary>
internal static class SyntheticCoverage
{
    public const int Year = 2570;
    public const string AsOf = "2026-12-01";
    public const int ItemCount = 43;

    /// <summary>A name that would be markup if it were not escaped; one good body carries it.</summary>
    public const string HostileName = "เทศบาลตำบล<img src=x onerror=alert(1)>ทดสอบ";

    /// <summary>An item title a hostile source sends; the source is refused and the message that quotes it is escaped.</summary>
    public const string HostileTitle = "<script>alert('oit')</script>";

    public static readonly string[] Statuses = ["covered", "stale", "draft", "missing"];

    public enum Bad
    {
        Malformed,
        Oversized,
        HostileTitle,
        WrongYear,
        MissingFile,
        DeepNesting,
        AbsurdNumber,
        JavascriptUrl,
        TooManyItems,
    }

    /// <param name="Statuses">Each item's status (an index of <see cref="SyntheticCoverage.Statuses"/>), as its report says (a bad report's is not counted).</param>
    public sealed record Body(string Id, string Name, string Kind, string Province, string ProvinceSlug, int[] Statuses, Bad? Problem);

    public sealed record Corpus(string SourcesPath, IReadOnlyList<Body> Bodies);

    public static string Code(int item) => $"O{item + 1}";

    public static string Title(int item) => $"รายการที่ {item + 1} ข้อมูลการเปิดเผยข้อมูลสาธารณะ";

    /// <summary>Writes <paramref name="count"/> bodies (two of each <see cref="Bad"/> among them) into <paramref name="folder"/>.</summary>
    public static Corpus Write(string folder, int count, long oversizedBytes = SourceLimits.DefaultMaxBytes + 1)
    {
        Directory.CreateDirectory(Path.Combine(folder, "coverage"));
        var kinds = Enum.GetValues<Bad>();
        var badAt = Enumerable.Range(0, kinds.Length * 2).ToDictionary(k => 5 + (k * (count - 10) / (kinds.Length * 2)), k => kinds[k % kinds.Length]);
        var provinces = ThaiProvinces.All;
        var bodies = new List<Body>(count);
        var sources = new StringBuilder("title: แดชบอร์ดทดสอบ\nbase_url: https://dashboard.example.go.th\nbodies:\n");
        for (var i = 0; i < count; i++)
        {
            var (province, slug) = provinces[i % provinces.Count];
            var id = $"b{i:D5}";
            var kind = (i / provinces.Count) % 4 == 0 ? "municipality" : (i / provinces.Count) % 4 == 3 ? "agency" : "subdistrict";
            var name = i == 1 ? HostileName : $"{(kind == "municipality" ? "เทศบาลตำบล" : kind == "agency" ? "สำนักงานทดสอบ" : "องค์การบริหารส่วนตำบล")}ทดสอบที่ {i + 1}";
            var problem = badAt.TryGetValue(i, out var bad) ? bad : (Bad?)null;
            var statuses = Enumerable.Range(0, problem == Bad.TooManyItems ? CoverageReportReader.MaxItems + 1 : ItemCount).Select(item => StatusOf(i, item)).ToArray();
            bodies.Add(new Body(id, name, kind, province, slug, statuses, problem));
            sources.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    name: {JsonSerializer.Serialize(name)}\n    kind: {kind}\n    province: {province}\n")
                .Append(CultureInfo.InvariantCulture, $"    site: https://{id}.example.go.th\n    coverage: coverage/{id}-{{year}}.json\n");
            if (problem != Bad.MissingFile)
            {
                File.WriteAllBytes(Path.Combine(folder, "coverage", $"{id}-{Year}.json"), Report(statuses, problem, oversizedBytes));
            }
        }

        var path = Path.Combine(folder, "sources.yml");
        File.WriteAllText(path, sources.ToString());
        return new Corpus(path, bodies);
    }

    /// <summary>Varied but fixed: each body's mix differs, and every status occurs for every item.</summary>
    private static int StatusOf(int body, int item) => (int)((((uint)body * 2654435761u) ^ ((uint)item * 40503u)) >> 7) % 4;

    private static byte[] Report(int[] statuses, Bad? problem, long oversizedBytes)
    {
        switch (problem)
        {
            case Bad.Malformed:
                return "{\"year\": 2570, \"items\": [{\"code\": \"O1\""u8.ToArray();
            case Bad.DeepNesting:
                return Encoding.UTF8.GetBytes($"{{\"year\":{Year},\"as_of\":\"{AsOf}\",\"items\":{new string('[', 5000)}{new string(']', 5000)}}}");
            case Bad.Oversized:
                // Valid JSON throughout: only its size is wrong.
                return Encoding.UTF8.GetBytes($"{{\"year\":{Year},\"pad\":\"{new string('x', (int)oversizedBytes)}\"}}");
        }

        var items = Enumerable.Range(0, statuses.Length).Select(item =>
        {
            var status = Statuses[statuses[item]];
            var covered = status is "covered" or "stale";
            return new Dictionary<string, object?>
            {
                ["code"] = Code(item),
                ["title"] = problem == Bad.HostileTitle && item == 2 ? HostileTitle : Title(item),
                ["status"] = status,
                ["verified"] = false,
                ["evidence"] = covered || problem == Bad.JavascriptUrl
                    ? new[] { new Dictionary<string, object?> { ["url"] = problem == Bad.JavascriptUrl ? "javascript:alert(1)" : $"https://site.example.go.th/oit/{item + 1}/", ["title"] = "หลักฐาน", ["fiscal_year"] = Year } }
                    : [],
            };
        }).ToList();
        var count = (string status) => (object)items.Count(i => (string)i["status"]! == status);
        var report = new Dictionary<string, object?>
        {
            ["year"] = problem == Bad.WrongYear ? Year - 1 : Year,
            ["as_of"] = AsOf,
            ["items"] = items,
            ["summary"] = new Dictionary<string, object?>
            {
                ["total"] = problem == Bad.AbsurdNumber ? 1e20 : items.Count,
                ["covered"] = count("covered"),
                ["stale"] = count("stale"),
                ["draft"] = count("draft"),
                ["missing"] = count("missing"),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(report);
    }
}
