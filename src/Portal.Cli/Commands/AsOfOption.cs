using System.Globalization;

namespace Portal.Cli.Commands;

/// <summary><c>--as-of YYYY-MM-DD</c>: the OIT build date (which months of a monthly item are due), in place of the newest content date.</summary>
internal static class AsOfOption
{
    public const string Description = "วันที่ที่ใช้นับเดือนของรายการ OIT รายเดือน แบบ ค.ศ. ปปปป-ดด-วว (the OIT build date for monthly items; default: the newest content date)";

    public static DateOnly? Parse(string? value) => value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year < 2400 ? date
        : throw new UsageException($"--as-of '{value}' ต้องเป็นวันที่ ค.ศ. แบบ ปปปป-ดด-วว เช่น 2026-03-31", $"--as-of '{value}' must be a Gregorian YYYY-MM-DD date, e.g. 2026-03-31");
}
