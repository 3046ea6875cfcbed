using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>
/// A page's or an attachment's claim that it is evidence for one OIT item: <c>2566/O42</c>, or for a monthly
/// item <c>2569/O11@2026-03</c> (the Gregorian month the evidence covers, like <c>date</c>). Codes change
/// meaning between years, so a claim always names the fiscal year.
/// </summary>
internal sealed partial record OitClaim(int Year, string Code, DateOnly? Month, SourceLocation Location)
{
    public const string Form = "ปปปป/Oนน เช่น 2566/O42 (รายการรายเดือน: 2569/O11@2026-03)";
    public const string EnglishForm = "YYYY/O<n>, e.g. 2566/O42 (a monthly item: 2569/O11@2026-03)";

    /// <summary>The claim as staff write it.</summary>
    public string Text => Month is { } month
        ? $"{Year}/{Code}@{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"
        : $"{Year}/{Code}";

    /// <summary>The item's stable page: <c>/ita/2566/o42/</c>.</summary>
    public string ItemUrl => OitUrls.Item(Year, Code);

    /// <summary>What the badge says: "OIT 2566 · O42", with the month for a monthly item.</summary>
    public string Label => Month is { } month ? $"OIT {Year} · {Code} · {OitMonths.ThaiMonthYear(month)}" : $"OIT {Year} · {Code}";

    /// <summary>Reads a claim in the one accepted form, or explains the form and suggests a repair.</summary>
    public static OitClaim? Parse(string text, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        var match = ClaimPattern().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var code = "O" + int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            DateOnly? month = match.Groups["month"].Success
                ? new DateOnly(int.Parse(match.Groups["my"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture), 1)
                : null;
            if (month is { Year: >= 2400 } buddhistMonth)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.OitClaimMalformed, location,
                    $"เดือนในการอ้างอิง OIT '{text}' ใช้ปี พ.ศ. ให้เขียนปี ค.ศ. เช่น {year}/{code}@{buddhistMonth.Year - FiscalYear.BuddhistEraOffset}-{buddhistMonth.Month:00}",
                    $"the month in OIT claim '{text}' has a Buddhist-era year; write the Gregorian year, e.g. {year}/{code}@{buddhistMonth.Year - FiscalYear.BuddhistEraOffset}-{buddhistMonth.Month:00}"));
                return null;
            }

            return new OitClaim(year, code, month, location);
        }

        var repaired = Repair(text);
        var (thaiHint, englishHint) = repaired is not null && repaired != text && ClaimPattern().IsMatch(repaired)
            ? ($" หมายถึง '{repaired}' หรือไม่", $"; did you mean '{repaired}'?")
            : ("", "");
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.OitClaimMalformed, location,
            $"การอ้างอิง OIT '{text}' ไม่ถูกรูปแบบ ต้องเขียนเป็น {Form}{thaiHint}",
            $"OIT claim '{text}' is malformed: write {EnglishForm}{englishHint}"));
        return null;
    }

    /// <summary>The usual slips (Thai digits, a dash, a zero or a small o for the letter O, no year) put right, for the hint.</summary>
    private static string? Repair(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            ascii.Append(c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c);
        }

        var match = RepairPattern().Match(ascii.ToString());
        return match.Success ? $"{match.Groups["year"].Value}/O{int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)}{match.Groups["rest"].Value}" : null;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})/O(?<number>[1-9][0-9]?)(?<month>@(?<my>[0-9]{4})-(?<mm>0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*[-/ ._]\s*[Oo0๐]?(?<number>[0-9]{1,2})(?<rest>@[0-9]{4}-[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RepairPattern();
}
