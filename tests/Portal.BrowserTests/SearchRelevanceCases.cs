namespace Portal.BrowserTests;

/// <summary>
/// The relevance test set: Thai queries a person would type, on the real site (<c>input/</c>) and on
/// the fixture site (<c>SearchSites/relevance/</c>), each with the page or pages that person expects
/// near the top. <see cref="MaxRank"/> is where the best expected page must be at the latest; every
/// expected page must be found (recall).
/// </summary>
public sealed record SearchRelevanceCase(string Site, string Kind, string Query, string[] Expected, int MaxRank = 1)
{
    public const string Real = "real";
    public const string Fixture = "fixture";

    public override string ToString() => $"{Site}: {Query} ({Kind})";

    public static readonly IReadOnlyList<SearchRelevanceCase> All =
    [
        // Plain queries, as citizens type them.
        new(Real, "phrase", "ร้องเรียนการทุจริต", ["/complaints/"]),
        new(Real, "phrase", "ศูนย์ดำรงธรรม", ["/complaints/"]),
        new(Real, "phrase", "มาตรการส่งเสริมคุณธรรม", ["/ita/measures-2566/"]),
        new(Real, "phrase", "ไหว้พระจันทร์", ["/news/2019-09-13-moon-festival/"]),
        new(Real, "phrase", "เวทีประชาคม", ["/news/2018-03-06-community-forum/"]),
        new(Real, "phrase", "คุ้มครองข้อมูลส่วนบุคคล", ["/policies/privacy/"]),
        new(Real, "phrase", "ข้อเสนอแนะ ป.ป.ช.", ["/ita/recommendations-2565/"]),
        new(Fixture, "phrase", "ภาษีที่ดิน", ["/taxes/land-tax/"]),
        new(Fixture, "phrase", "ขออนุญาตก่อสร้าง", ["/services/building-permit/"]),
        new(Fixture, "phrase", "ร้องเรียนการทุจริต", ["/complaints/"]),
        new(Fixture, "phrase", "แผนการใช้จ่ายงบประมาณ", ["/budget/spending-plan-2566/"]),

        // Words inside compounds: ดวงวิญญาณ, สิ่งปลูกสร้าง, กองสวัสดิการสังคม, ขยะมูลฝอย, ยาเสพติด.
        new(Real, "compound", "วิญญาณ", ["/news/2018-03-15-unclaimed-spirits-rites/"]),
        new(Real, "compound", "สวัสดิการ", ["/news/2019-02-15-anti-drug-youth/"]),
        new(Fixture, "compound", "ที่ดิน", ["/taxes/land-tax/", "/services/building-permit/"], MaxRank: 1),
        new(Fixture, "compound", "ปลูกสร้าง", ["/taxes/land-tax/"]),
        new(Fixture, "compound", "มูลฝอย", ["/services/waste/"]),
        new(Fixture, "compound", "ยังชีพ", ["/services/elderly-allowance/", "/news/2023-03-01-flood-relief/"], MaxRank: 2),

        // Partial words, as when typing stops early.
        new(Real, "partial", "ยาเสพ", ["/news/2019-02-15-anti-drug-youth/"]),
        new(Real, "partial", "ประชาค", ["/news/2018-03-06-community-forum/"], MaxRank: 3),
        new(Real, "partial", "ร้องเรีย", ["/complaints/"]),
        new(Fixture, "partial", "ขออนุญาตก่อสร", ["/services/building-permit/"]),
        new(Fixture, "partial", "ภาษีที่ด", ["/taxes/land-tax/"]),
        new(Fixture, "partial", "มูลฝ", ["/services/waste/"]),

        // Thai and Latin together, codes.
        new(Real, "mixed", "ITA 2565", ["/ita/analysis-2565/", "/ita/recommendations-2565/", "/ita/results/"], MaxRank: 1),
        new(Real, "mixed", "WCAG", ["/policies/accessibility/"]),
        new(Fixture, "mixed", "ITA 2565", ["/ita/results-2565/"]),
        new(Fixture, "mixed", "ผลการประเมินITA ปี2566", ["/ita/results-2566/"]),
        new(Fixture, "mixed", "O42", ["/ita/open-data-o42/"]),
        new(Fixture, "mixed", "มาตรการ o42", ["/ita/open-data-o42/"]),

        // A tone mark missing or wrong.
        new(Real, "tone typo", "รองเรียนการทุจริต", ["/complaints/"], MaxRank: 2),
        new(Real, "tone typo", "ไหวพระจันทร์", ["/news/2019-09-13-moon-festival/"]),
        new(Fixture, "tone typo", "ภาษีทีดิน", ["/taxes/land-tax/"]),
        new(Fixture, "tone typo", "ขออนุญาตก้อสร้าง", ["/services/building-permit/"]),

        // SARA AM typed either way, against pages written either way (the fixture's water page uses ํ + ้ + า).
        new(Real, "sara am", "ศูนย์ด\u0E4D\u0E32รงธรรม", ["/complaints/"]),
        new(Fixture, "sara am", "น้ำประปา", ["/services/water/"]),
        new(Fixture, "sara am", "น\u0E4D\u0E49\u0E32ประปา", ["/services/water/"]),
        new(Fixture, "sara am", "น\u0E49\u0E4D\u0E32ท่วม", ["/news/2023-03-01-flood-relief/"]),

        // Thai digits in the query or in the page.
        new(Real, "thai digits", "ไหว้พระจันทร์ ๒๕๖๒", ["/news/2019-09-13-moon-festival/"]),
        new(Real, "thai digits", "สายด่วน ๑๕๖๗", ["/complaints/"]),
        new(Fixture, "thai digits", "แผนการใช้จ่ายงบประมาณ 2566", ["/budget/spending-plan-2566/"]),
        new(Fixture, "thai digits", "อายุครบ 60 ปี", ["/services/elderly-allowance/"]),
        new(Fixture, "thai digits", "ผลการประเมิน ITA ๒๕๖๕", ["/ita/results-2565/"]),

        // Issue 22: what citizens typed on the real site (run on its snapshot, TestSites.RealOrSnapshot), top 3.
        // Abbreviations with and without dots.
        new(Real, "abbreviation", "ปปช", ["/complaints/"], MaxRank: 3),
        new(Real, "abbreviation", "ป.ป.ช.", ["/complaints/"], MaxRank: 3),
        new(Real, "abbreviation", "ป.ป.ช", ["/complaints/"], MaxRank: 3),
        new(Real, "abbreviation", "ข้อเสนอแนะ ปปช", ["/ita/recommendations-2565/"], MaxRank: 3),

        // Everyday words (input/_data/search-synonyms.yml) for contact and complaints.
        new(Real, "everyday", "โทรศัพท์", ["/contact/"], MaxRank: 3),
        new(Real, "everyday", "เบอร์โทร", ["/contact/"], MaxRank: 3),
        new(Real, "everyday", "ติดต่อ", ["/contact/"], MaxRank: 3),
        new(Real, "everyday", "ติดต่อเทศบาล", ["/contact/"], MaxRank: 3),
        new(Real, "everyday", "ที่ว่าการอำเภอ", ["/contact/"], MaxRank: 3),
        new(Real, "everyday", "ร้องทุกข์", ["/complaints/"], MaxRank: 3),
        new(Real, "everyday", "แจ้งเรื่อง", ["/complaints/"], MaxRank: 3),
        new(Real, "everyday", "ร้องเรียน", ["/complaints/"], MaxRank: 3),
        new(Real, "everyday", "1567", ["/complaints/", "/contact/"], MaxRank: 3),
        new(Real, "everyday", "คู่มือประชาชน", ["/services/"], MaxRank: 3),

        // Budget and procurement: the OIT items' pages.
        new(Real, "everyday", "แผนการใช้จ่ายงบประมาณ", ["/ita/2565/o18/"], MaxRank: 3),
        new(Real, "everyday", "จัดซื้อจัดจ้าง", ["/ita/2566/o19/", "/ita/2568/o12/"], MaxRank: 3),
        new(Real, "everyday", "แผนการจัดซื้อจัดจ้าง", ["/ita/2566/o19/"], MaxRank: 3),
        new(Real, "everyday", "ประกาศจัดซื้อจัดจ้าง", ["/ita/2567/o20/"], MaxRank: 3),

        // English words a foreign resident types.
        new(Real, "english", "complaint", ["/complaints/"], MaxRank: 3),
        new(Real, "english", "complaints", ["/complaints/"], MaxRank: 3),
        new(Real, "english", "contact", ["/contact/"], MaxRank: 3),
        new(Real, "english", "phone", ["/contact/"], MaxRank: 3),
        new(Real, "english", "services", ["/services/"], MaxRank: 3),
        new(Real, "english", "budget", ["/ita/2565/o18/", "/ita/2566/o11/"], MaxRank: 3),
        new(Real, "english", "procurement", ["/ita/2566/o19/", "/ita/2568/o12/"], MaxRank: 3),
        new(Real, "english", "corruption", ["/complaints/"], MaxRank: 3),

        // OIT codes: the item's pages, newest fiscal year first.
        new(Real, "oit code", "O27", ["/ita/2568/o27/"]),
        new(Real, "oit code", "o 27", ["/ita/2568/o27/"]),
        new(Real, "oit code", "O๒๗", ["/ita/2568/o27/"]),
        new(Real, "oit code", "O5", ["/ita/2569/o5/"]),
        new(Real, "oit code", "O2", ["/ita/2569/o2/"]),

        // An OIT item's title typed as one string (cut into words, held together by the title's pairs): the item's page,
        // newest fiscal year first, above pages that hold the same words apart.
        new(Real, "title phrase", "ข้อมูลผู้บริหาร", ["/ita/2569/o2/"]),
        new(Real, "title phrase", "แผนปฏิบัติการป้องกันการทุจริต", ["/ita/2569/o23/"], MaxRank: 3),
        new(Real, "title phrase", "รายงานผลการดำเนินงานประจำปี", ["/ita/2569/o7/"], MaxRank: 3),
        new(Real, "title phrase", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ["/ita/2569/o17/"], MaxRank: 3),
        new(Real, "everyday", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ["/complaints/"]), // the channels themselves stay first
        new(Real, "title phrase", "แผนการใช้จ่ายงบประมาณประจำปี", ["/ita/2565/o18/"], MaxRank: 3),
    ];
}
