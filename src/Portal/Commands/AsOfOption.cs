using System.Globalization;

namespace Portal.Commands;

/// <summary><c>--as-of YYYY-MM-DD</c>: the day of the build (which months of a monthly item are due), in place of <c>SOURCE_DATE_EPOCH</c> or the clock.</summary>
public static class AsOfOption
{
    public const string Description = "วันที่ที่ใช้นับเดือนของรายการ OIT รายเดือน แบบ ค.ศ. ปปปป-ดด-วว ค่าเริ่มต้นคือวันที่สร้างตามเวลาประเทศไทยจาก SOURCE_DATE_EPOCH หรือนาฬิกาเครื่อง (the day OIT statuses are counted at; default: the build day in Asia/Bangkok from SOURCE_DATE_EPOCH or the clock)";

    public static DateOnly? Parse(string? value) => value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year < 2400 ? date
        : throw new UsageException($"--as-of '{value}' ต้องเป็นวันที่ ค.ศ. แบบ ปปปป-ดด-วว เช่น 2026-03-31", $"--as-of '{value}' must be a Gregorian YYYY-MM-DD date, e.g. 2026-03-31");
}
