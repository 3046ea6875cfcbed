using System.Globalization;
using Portal.Diagnostics;

namespace Portal.Features.Oit;

/// <summary>Checks a well-formed claim against the catalogs: the year has one, the code is in it, and a month is given exactly for monthly items (PT042).</summary>
internal static class OitClaimChecker
{
    public static bool Check(OitClaim claim, IReadOnlyList<OitCatalog> catalogs, ICollection<Diagnostic> problems)
    {
        var catalog = catalogs.FirstOrDefault(c => c.Year == claim.Year);
        if (catalog is null)
        {
            var years = catalogs.Count == 0 ? "ไม่มีเลย" : string.Join(", ", catalogs.Select(c => c.Year));
            var englishYears = catalogs.Count == 0 ? "none" : string.Join(", ", catalogs.Select(c => c.Year));
            problems.Add(Diagnostic.Error(DiagnosticCode.OitClaimUnknown, claim.Location,
                $"ไม่มีรายการ OIT ของปี {claim.Year} (ปีที่มีรายการ: {years}; รูปแบบ {OitClaim.Form})",
                $"there is no OIT catalog for {claim.Year} (catalogs: {englishYears}; form {OitClaim.EnglishForm})"));
            return false;
        }

        var item = catalog.Find(claim.Code);
        if (item is null)
        {
            var nearest = string.Join(", ", Nearest(catalog, claim.Code).Select(c => $"{claim.Year}/{c}"));
            var range = $"{catalog.Items[0].Code}–{catalog.Items[^1].Code}";
            problems.Add(Diagnostic.Error(DiagnosticCode.OitClaimUnknown, claim.Location,
                $"รายการ OIT ปี {claim.Year} ไม่มีรหัส {claim.Code} (ปีนี้มี {range}; รหัสที่ใกล้ที่สุด: {nearest})",
                $"the {claim.Year} OIT catalog has no {claim.Code} (it has {range}; nearest: {nearest})"));
            return false;
        }

        if (item.Period == OitPeriod.Monthly && claim.Month is null)
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.OitClaimUnknown, claim.Location,
                $"{claim.Text} เป็นรายการรายเดือน ต้องระบุเดือนที่ข้อมูลครอบคลุม เช่น {claim.Text}@{item.RequiredFiscalYear(claim.Year)?.FirstDay.Year ?? claim.Year - 544}-10",
                $"{claim.Text} is a monthly item: name the month the evidence covers, e.g. {claim.Text}@{item.RequiredFiscalYear(claim.Year)?.FirstDay.Year ?? claim.Year - 544}-10"));
            return false;
        }

        if (item.Period != OitPeriod.Monthly && claim.Month is not null)
        {
            problems.Add(Diagnostic.Error(DiagnosticCode.OitClaimUnknown, claim.Location,
                $"{claim.Year}/{claim.Code} ไม่ใช่รายการรายเดือน ให้ตัด @เดือน ออก เขียนเป็น {claim.Year}/{claim.Code}",
                $"{claim.Year}/{claim.Code} is not a monthly item: drop the @month and write {claim.Year}/{claim.Code}"));
            return false;
        }

        return true;
    }

    /// <summary>The three codes of the year nearest in number to the unknown one.</summary>
    private static IEnumerable<string> Nearest(OitCatalog catalog, string code)
    {
        var number = int.Parse(code[1..], CultureInfo.InvariantCulture);
        return catalog.Items
            .Select(i => (i.Code, Distance: Math.Abs(int.Parse(i.Code[1..], CultureInfo.InvariantCulture) - number)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Code);
    }
}
