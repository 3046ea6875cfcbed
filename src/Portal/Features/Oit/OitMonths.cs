using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>The twelve months of a fiscal year (ต.ค.–ก.ย.), as monthly items count them.</summary>
internal static class OitMonths
{
    private static readonly string[] ShortNames = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    /// <summary>The first day of each month of the fiscal year, October first.</summary>
    public static IReadOnlyList<DateOnly> Of(FiscalYear year) =>
        [.. Enumerable.Range(0, 12).Select(i => year.FirstDay.AddMonths(i))];

    /// <summary>The months of the fiscal year that have begun by <paramref name="asOf"/> (none before it starts, all twelve after it ends).</summary>
    public static IReadOnlyList<DateOnly> DueBy(FiscalYear year, DateOnly asOf) => [.. Of(year).Where(m => m <= asOf)];

    /// <summary>"มี.ค. 2569" (the Buddhist-era year of the month, as readers count years).</summary>
    public static string ThaiMonthYear(DateOnly month) => $"{ShortNames[month.Month - 1]} {month.Year + FiscalYear.BuddhistEraOffset}";
}
