using System.Globalization;
using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>
/// The OIT coverage as the plain values templates read (docs/theme.md, "OIT pages"): what the public needs, and no
/// provenance, notes or per-item verification (those are for staff, in <c>portal coverage</c> and <c>portal check</c>).
/// </summary>
internal static class OitTemplateValues
{
    public static Dictionary<string, object?> Year(OitYearCoverage year) => new(StringComparer.Ordinal)
    {
        ["year"] = year.Year,
        ["latest"] = year.Latest,
        ["as_of"] = year.AsOf,
        ["url"] = OitUrls.Year(year.Year),
        ["coverage_url"] = OitUrls.Coverage(year.Year),
        ["json_url"] = "/" + OitUrls.CoverageJsonPath(year.Year),
        ["csv_url"] = "/" + OitUrls.CoverageCsvPath(year.Year),
        ["catalog_verified"] = year.Catalog.Verified,
        ["summary"] = Summary(year),
        ["items"] = year.Items.Select(ItemSummary).ToList(),
        ["indicators"] = year.Catalog.Indicators.Select(indicator => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = indicator.Id,
            ["title"] = indicator.Title,
            ["sub_indicators"] = indicator.SubIndicators
                .Select(sub => (sub, items: year.Items.Where(i => i.Item.Indicator == indicator.Id && i.Item.SubIndicator == sub.Id).ToList()))
                .Where(s => s.items.Count > 0)
                .Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = s.sub.Id,
                    ["title"] = s.sub.Title,
                    ["items"] = s.items.Select(ItemSummary).ToList(),
                })
                .ToList(),
        }).ToList(),
    };

    /// <summary><c>{as_of, years}</c>: each year, newest first, with its counts and the links to its list and coverage report.</summary>
    public static Dictionary<string, object?> History(IReadOnlyList<OitYearCoverage> years) => new(StringComparer.Ordinal)
    {
        ["as_of"] = years.Count == 0 ? null : years[0].AsOf,
        ["years"] = years.OrderByDescending(y => y.Year).Select(year =>
        {
            var values = Summary(year);
            values["year"] = year.Year;
            values["url"] = OitUrls.Year(year.Year);
            values["coverage_url"] = OitUrls.Coverage(year.Year);
            values["catalog_verified"] = year.Catalog.Verified;
            return (object?)values;
        }).ToList(),
    };

    public static Dictionary<string, object?> Item(OitItemCoverage item)
    {
        var values = ItemSummary(item);
        values["requirement"] = item.Item.Requirement;
        values["data_year_rule"] = item.Item.DataYearRule(item.Year);
        values["period"] = item.Item.PeriodText;
        values["group"] = item.Item.Group;
        values["monthly"] = item.Item.Period == OitPeriod.Monthly;
        values["months"] = item.Item.Period != OitPeriod.Monthly ? new List<object?>() : OitMonths.Of(item.Item.RequiredFiscalYear(item.Year) ?? new FiscalYear(item.Year))
            .Select(month => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["label"] = OitMonths.ThaiMonthYear(month),
                ["month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["due"] = item.MonthsDue.Contains(month),
                ["present"] = item.MonthsPresent.Contains(month),
            }).ToList();
        values["months_present"] = item.MonthsPresent.Count;
        values["months_due"] = item.MonthsDue.Count;
        return values;
    }

    private static Dictionary<string, object?> Summary(OitYearCoverage year) => new(StringComparer.Ordinal)
    {
        ["total"] = year.Items.Count,
        ["covered"] = year.Count(OitStatus.Covered),
        ["stale"] = year.Count(OitStatus.Stale),
        ["draft"] = year.Count(OitStatus.Draft),
        ["missing"] = year.Count(OitStatus.Missing),
    };

    private static Dictionary<string, object?> ItemSummary(OitItemCoverage item) => new(StringComparer.Ordinal)
    {
        ["code"] = item.Item.Code,
        ["title"] = item.Item.Title,
        ["url"] = item.Url,
        ["status"] = OitStatusNames.Of(item.Status),
        ["status_text"] = item.StatusText,
        ["evidence"] = item.Links.Select(e => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["url"] = e.Url,
            ["title"] = e.Title,
            ["attachment"] = e.IsAttachment,
            ["page_url"] = e.PageUrl,
            ["page_title"] = e.PageTitle,
            ["date"] = e.Date,
            ["fiscal_year"] = e.FiscalYear?.BuddhistYear,
            ["month"] = e.Month is { } m ? OitMonths.ThaiMonthYear(m) : null,
            ["draft"] = e.Draft,
            ["fits"] = item.Fits(e),
        }).ToList(),
    };
}

/// <summary>The status names of the reports: <c>covered</c>, <c>stale</c>, <c>draft</c>, <c>missing</c>.</summary>
internal static class OitStatusNames
{
    public static string Of(OitStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status with this report name, or null.</summary>
    public static OitStatus? Parse(string name) =>
        Enum.GetValues<OitStatus>().Cast<OitStatus?>().FirstOrDefault(s => Of(s!.Value) == name);
}
