using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Oit;

/// <summary>How often an item's evidence is published (catalog key <c>period</c>).</summary>
public enum OitPeriod
{
    Ongoing,
    Annual,
    HalfYear,
    Monthly,
}

/// <summary>Which fiscal year the evidence must belong to (catalog key <c>data_year</c>).</summary>
public enum OitDataYear
{
    /// <summary>The version in force: any fiscal year.</summary>
    Current,

    /// <summary>The assessed fiscal year itself.</summary>
    Same,

    /// <summary>The fiscal year before the assessed one.</summary>
    Previous,
}

public sealed record OitSubIndicator(string Id, string Title);

public sealed record OitIndicator(string Id, string Title, IReadOnlyList<OitSubIndicator> SubIndicators);

/// <summary>One OIT item of one assessment year. An item is always (year, code): codes change meaning between years.</summary>
public sealed record OitItem(
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
public sealed record OitCatalog(int Year, IReadOnlyList<OitIndicator> Indicators, IReadOnlyList<OitItem> Items)
{
    /// <summary>Shown wherever an item with <c>verified: false</c> appears.</summary>
    public const string UnverifiedNote = "ยังไม่ยืนยันกับคู่มือ ITA";

    public OitItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);
}
