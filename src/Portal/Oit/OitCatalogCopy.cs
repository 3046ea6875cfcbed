using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Oit;

/// <summary>
/// A new year's catalog made from the latest one, so staff can start before the NACC publishes its list: the
/// text is copied line for line (comments and sources kept), <c>fiscal_year</c> and the framework's year
/// changed, and every item set to <c>verified: false</c> until a person checks it against the new manual.
/// </summary>
public static partial class OitCatalogCopy
{
    public static string Copy(string text, int fromYear, int toYear)
    {
        var from = fromYear.ToString(CultureInfo.InvariantCulture);
        var to = toYear.ToString(CultureInfo.InvariantCulture);
        var header = $"# คัดลอกจากรายการปี {from} ด้วย portal new catalog: ทุกรายการยังไม่ยืนยัน จนกว่าจะตรวจกับคู่มือ ITA ปี {to}\n" +
            $"# (copied from {from} by portal new catalog: every item is unverified until checked against the ITA {to} manual)\n";
        var copied = FiscalYearLine().Replace(text, $"fiscal_year: {to}");
        copied = FrameworkLine().Replace(copied, m => m.Value.Replace(from, to, StringComparison.Ordinal));
        copied = VerifiedLine().Replace(copied, "${indent}verified: false");
        return header + copied;
    }

    [GeneratedRegex(@"^fiscal_year:.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearLine();

    [GeneratedRegex(@"^framework:.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FrameworkLine();

    [GeneratedRegex(@"^(?<indent>[ -]*)verified:.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex VerifiedLine();
}
