using System.Globalization;

namespace Portal.Thai;

/// <summary>The one place that shows dates to readers: day, Thai month name, Buddhist-era year.</summary>
public static class ThaiDate
{
    private static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>15 กุมภาพันธ์ 2566</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} {date.Year + FiscalYear.BuddhistEraOffset}");

    /// <summary>มกราคม 2566</summary>
    public static string FormatMonth(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {year + FiscalYear.BuddhistEraOffset}");

    /// <summary>Parses the ISO form staff write in front matter (Gregorian <c>YYYY-MM-DD</c>).</summary>
    public static bool TryParseIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
