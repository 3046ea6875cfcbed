using Portal.Features.Oit;

namespace Portal.Features.Dashboard;

/// <summary>
/// The dashboard's data as the plain values its layouts read (<c>page.dashboard</c>; docs/dashboard.md, "Pages"). Every
/// text from a source stays text: the layouts print it with Liquid's escaping, and a URL is given as a link only when it
/// is http(s) (<c>location_url</c>).
/// </summary>
internal static class DashboardTemplateValues
{
    /// <summary>The statuses in the order the pages list them, with the words the OIT coverage pages use.</summary>
    public static readonly IReadOnlyList<(OitStatus Status, string Text)> Statuses =
    [
        (OitStatus.Missing, "ยังไม่มีข้อมูล"),
        (OitStatus.Stale, "ไม่ตรงปีหรือไม่ครบ"),
        (OitStatus.Draft, "มีเฉพาะฉบับร่าง"),
        (OitStatus.Covered, "ครบถ้วน"),
    ];

    public static Dictionary<string, object?> Of(DashboardPageKind kind, DashboardPageData data)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (data.Years is { } years)
        {
            values["years"] = years.OrderByDescending(y => y.Year).Select(y => (object?)YearSummary(y)).ToList();
        }

        if (data.Year is not { } year)
        {
            return values;
        }

        foreach (var (key, value) in YearSummary(year))
        {
            values[key] = value;
        }

        if (data.Province is { } province)
        {
            values["province"] = Province(year, province);
        }
        else if (data.Body is { } body)
        {
            values["body"] = Body(year.Year, body);
            values["statuses"] = body.Report is not { } report ? new List<object?>() : Statuses.Select(s => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["status"] = OitStatusNames.Of(s.Status),
                ["status_text"] = s.Text,
                ["items"] = report.Items.Where(i => i.Status == s.Status).Select(i => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["code"] = i.Code,
                    ["title"] = i.Title,
                    ["url"] = DashboardUrls.Item(year.Year, i.Code),
                }).ToList(),
            }).ToList();
        }
        else if (data.Item is { } item)
        {
            values["item"] = ItemSummary(year.Year, item);
            values["lacking"] = item.Lacking.Select(l =>
            {
                var row = Body(year.Year, l.Body);
                row["item_status"] = OitStatusNames.Of(l.Status);
                row["item_status_text"] = StatusText(l.Status);
                return (object?)row;
            }).ToList();
        }
        else if (kind == DashboardPageKind.Problems)
        {
            values["problems"] = year.Problems.Select(b => (object?)Body(year.Year, b)).ToList();
        }
        else if (kind == DashboardPageKind.Year)
        {
            values["provinces"] = year.Provinces.Select(p => (object?)Province(year, p)).ToList();
            values["items"] = year.Items.Select(i => (object?)ItemSummary(year.Year, i)).ToList();
        }

        return values;
    }

    public static string StatusText(OitStatus status) => Statuses.First(s => s.Status == status).Text;

    private static Dictionary<string, object?> YearSummary(DashboardYear year)
    {
        var values = Totals(year.Totals);
        values["year"] = year.Year;
        values["url"] = DashboardUrls.Year(year.Year);
        values["problems_url"] = DashboardUrls.Problems(year.Year);
        values["item_count"] = year.Items.Count;
        return values;
    }

    private static Dictionary<string, object?> Province(DashboardYear year, DashboardProvince province)
    {
        var values = Totals(province.Totals);
        values["name"] = province.Name;
        values["url"] = DashboardUrls.Province(year.Year, province.Slug);
        values["rows"] = province.Bodies.Select(b => (object?)Body(year.Year, b)).ToList();
        return values;
    }

    private static Dictionary<string, object?> Totals(DashboardTotals totals)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["bodies"] = totals.Bodies,
            ["read"] = totals.Read,
            ["problem_count"] = totals.Bodies - totals.Read,
            ["total"] = totals.Total,
        };
        foreach (var (status, count) in totals.ByStatus)
        {
            values[OitStatusNames.Of(status)] = count;
        }

        return values;
    }

    private static Dictionary<string, object?> ItemSummary(int year, DashboardItem item) => new(StringComparer.Ordinal)
    {
        ["code"] = item.Code,
        ["title"] = item.Title,
        ["url"] = DashboardUrls.Item(year, item.Code),
        ["reported"] = item.Reported,
        ["lacking_count"] = item.Lacking.Count,
    };

    private static Dictionary<string, object?> Body(int year, BodyCoverage coverage)
    {
        var body = coverage.Body;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = body.Id,
            ["name"] = body.Name,
            ["kind"] = body.Kind.Word,
            ["province"] = body.Province,
            ["province_url"] = DashboardUrls.Province(year, body.ProvinceSlug),
            ["url"] = DashboardUrls.Body(year, body.Id),
            ["site"] = body.Site,
            ["coverage_page"] = body.CoveragePageOf(year),
            ["location"] = coverage.Location,
            ["location_url"] = CoverageReportReader.IsHttpUrl(coverage.Location) ? coverage.Location : null,
            ["read"] = coverage.Report is not null,
        };
        if (coverage.Report is { } report)
        {
            values["as_of"] = report.AsOf;
            values["total"] = report.Items.Count;
            foreach (var (status, _) in Statuses)
            {
                values[OitStatusNames.Of(status)] = report.Count(status);
            }
        }

        if (coverage.Problem is { } problem)
        {
            values["problem_code"] = problem.Code.Id;
            values["problem"] = problem.ThaiMessage;
        }

        return values;
    }
}
