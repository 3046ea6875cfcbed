using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>How often an item's evidence is published (catalog key <c>period</c>).</summary>
internal enum OitPeriod
{
    Ongoing,
    Annual,
    HalfYear,
    Monthly,
}

/// <summary>Which fiscal year the evidence must belong to (catalog key <c>data_year</c>).</summary>
internal enum OitDataYear
{
    /// <summary>The version in force: any fiscal year.</summary>
    Current,

    /// <summary>The assessed fiscal year itself.</summary>
    Same,

    /// <summary>The fiscal year before the assessed one.</summary>
    Previous,
}

internal sealed record OitSubIndicator(string Id, string Title);

internal sealed record OitIndicator(string Id, string Title, IReadOnlyList<OitSubIndicator> SubIndicators);

/// <summary>One OIT item of one assessment year. An item is always (year, code): codes change meaning between years.</summary>
/// <param name="Verified">The code and title were read in a source (not yet that the whole catalog matches the NACC manual: <see cref="OitCatalog.Verified"/>).</param>
/// <param name="Source">Where the item was read (provenance), and <paramref name="Note"/> what is still unread or inferred: for maintainers, never on a public page.</param>
internal sealed record OitItem(
    string Code,
    string Title,
    string Indicator,
    string SubIndicator,
    string? Group,
    string Requirement,
    OitPeriod Period,
    OitDataYear DataYear,
    bool Verified,
    string? Source,
    string? Note,
    SourceLocation Location)
{
    /// <summary>The fiscal year the evidence must belong to, or null when any will do (the version in force).</summary>
    public FiscalYear? RequiredFiscalYear(int assessmentYear) => DataYear switch
    {
        OitDataYear.Same => new FiscalYear(assessmentYear),
        OitDataYear.Previous => new FiscalYear(assessmentYear - 1),
        _ => null,
    };

    /// <summary>The data-year rule in plain Thai: "ต้องเป็นข้อมูลของปีงบประมาณ พ.ศ. 2565".</summary>
    public string DataYearRule(int assessmentYear) => RequiredFiscalYear(assessmentYear) is { } year
        ? $"ต้องเป็นข้อมูลของปีงบประมาณ พ.ศ. {year}"
        : "ต้องเป็นข้อมูลฉบับที่ใช้อยู่ในปัจจุบัน (ไม่กำหนดปีงบประมาณ)";

    public string PeriodText => Period switch
    {
        OitPeriod.Ongoing => "เผยแพร่ต่อเนื่อง",
        OitPeriod.Annual => "รายปี",
        OitPeriod.HalfYear => "รอบ 6 เดือน",
        _ => "รายเดือน",
    };
}

/// <summary>The OIT catalog of one assessment year, from <c>input/_data/oit/&lt;year&gt;.yml</c>, items in catalog order.</summary>
/// <param name="ManualChecked">The file's own <c>verified: true</c>: a person has checked the whole list against the NACC manual of the year.</param>
internal sealed record OitCatalog(int Year, IReadOnlyList<OitIndicator> Indicators, IReadOnlyList<OitItem> Items, bool ManualChecked = false)
{
    /// <summary>In staff output (<c>portal coverage</c>) beside an item with <c>verified: false</c>; never on a public page.</summary>
    public const string UnverifiedNote = "ยังไม่ยืนยันกับคู่มือ ITA";

    /// <summary>Checked against the NACC manual and every item verified; else the year page says, in one sentence, that it is not.</summary>
    public bool Verified => ManualChecked && Items.All(i => i.Verified);

    public OitItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);
}
