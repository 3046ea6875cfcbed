using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>An item's status for its year (DESIGN.md, "OIT"); the lower-case name is the contract of coverage.json.</summary>
internal enum OitStatus
{
    /// <summary>A published page or attachment claims it and fits the data-year rule (for a monthly item: every month due).</summary>
    Covered,

    /// <summary>Claimed by published evidence, but none fits the year (or a monthly item lacks months).</summary>
    Stale,

    /// <summary>Only draft pages claim it.</summary>
    Draft,

    /// <summary>Nothing claims it.</summary>
    Missing,
}

/// <summary>One page or attachment that claims an item.</summary>
/// <param name="Url">Where it is published (a page URL or <c>/files/…</c>).</param>
/// <param name="Month">The month a monthly claim covers.</param>
/// <param name="Published">False for a draft page left out of this build: it counts as a draft, but has no URL to link.</param>
/// <param name="PageUrl">For an attachment, the page that carries it (where a reader finds the file in context), with its <paramref name="PageTitle"/>.</param>
internal sealed record OitEvidence(string Url, string Title, bool IsAttachment, DateOnly? Date, FiscalYear? FiscalYear, DateOnly? Month, bool Draft, bool Published,
    string? PageUrl = null, string? PageTitle = null);

/// <summary>The status of one item, with the evidence that decides it.</summary>
/// <param name="MonthsDue">For a monthly item, the months of the required fiscal year up to the build date; else empty.</param>
/// <param name="MonthsPresent">For a monthly item, the due-or-later months of that year with fitting published evidence.</param>
internal sealed record OitItemCoverage(int Year, OitItem Item, OitStatus Status, IReadOnlyList<OitEvidence> Evidence,
    IReadOnlyList<DateOnly> MonthsDue, IReadOnlySet<DateOnly> MonthsPresent)
{
    public string Url => OitUrls.Item(Year, Item.Code);

    /// <summary>Published evidence, which readers can open; drafts left out of the build have no page.</summary>
    public IEnumerable<OitEvidence> Links => Evidence.Where(e => e.Published);

    public bool Fits(OitEvidence evidence) => OitCoverage.Fits(Item, Year, evidence);

    /// <summary>The status in words, never by colour alone.</summary>
    public string StatusText => Status switch
    {
        OitStatus.Covered => "ครบถ้วน",
        OitStatus.Stale when Item.Period == OitPeriod.Monthly => $"ยังไม่ครบทุกเดือน (มี {MonthsPresent.Count(MonthsDue.Contains)} จาก {MonthsDue.Count} เดือน)",
        OitStatus.Stale => "มีข้อมูลแต่ไม่ตรงปีที่กำหนด",
        OitStatus.Draft => "มีเฉพาะฉบับร่าง ยังไม่เผยแพร่",
        _ => "ยังไม่มีข้อมูล",
    };
}

/// <summary>Every item of one year's catalog with its status, as of the build date.</summary>
internal sealed record OitYearCoverage(OitCatalog Catalog, DateOnly AsOf, bool Latest, IReadOnlyList<OitItemCoverage> Items)
{
    public int Year => Catalog.Year;

    public int Count(OitStatus status) => Items.Count(i => i.Status == status);
}

/// <summary>Decides each item's status from the claims of published and draft pages (DESIGN.md, "OIT").</summary>
internal static class OitCoverage
{
    public static OitYearCoverage Compute(OitCatalog catalog, bool latest, IReadOnlyList<(int Year, string Code, OitEvidence Evidence)> claims, DateOnly asOf)
    {
        var byCode = claims.Where(c => c.Year == catalog.Year).ToLookup(c => c.Code, c => c.Evidence, StringComparer.Ordinal);
        return new OitYearCoverage(catalog, asOf, latest, [.. catalog.Items.Select(item => Item(catalog.Year, item, [.. byCode[item.Code].Distinct()], asOf))]);
    }

    /// <summary>Whether evidence belongs to the fiscal year the item requires (a monthly claim: its month does).</summary>
    public static bool Fits(OitItem item, int year, OitEvidence evidence)
    {
        if (item.RequiredFiscalYear(year) is not { } required)
        {
            return true;
        }

        var evidenceYear = evidence.Month is { } month ? FiscalYear.Containing(month) : evidence.FiscalYear;
        return evidenceYear == required;
    }

    private static OitItemCoverage Item(int year, OitItem item, IReadOnlyList<OitEvidence> evidence, DateOnly asOf)
    {
        var published = evidence.Where(e => e.Published && !e.Draft).ToList();
        var fitting = published.Where(e => Fits(item, year, e)).ToList();
        IReadOnlyList<DateOnly> due = [];
        IReadOnlySet<DateOnly> present = new HashSet<DateOnly>();
        bool covered;
        if (item.Period == OitPeriod.Monthly)
        {
            var monthsYear = item.RequiredFiscalYear(year) ?? new FiscalYear(year);
            due = OitMonths.DueBy(monthsYear, asOf);
            present = fitting.Select(e => e.Month).OfType<DateOnly>().Where(monthsYear.Contains).ToHashSet();
            covered = fitting.Count > 0 && due.All(present.Contains);
        }
        else
        {
            covered = fitting.Count > 0;
        }

        var status = covered ? OitStatus.Covered
            : published.Count > 0 ? OitStatus.Stale
            : evidence.Any(e => e.Draft) ? OitStatus.Draft
            : OitStatus.Missing;
        var ordered = evidence
            .OrderBy(e => e.Month ?? e.Date ?? DateOnly.MinValue)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
        return new OitItemCoverage(year, item, status, ordered, due, present);
    }
}
