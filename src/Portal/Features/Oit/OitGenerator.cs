using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Site;
using Portal.Site.Generators;
using Portal.Thai;

namespace Portal.Features.Oit;

/// <summary>
/// The OIT pages: for each year with a catalog, <c>/ita/&lt;year&gt;/</c> (every item in catalog order),
/// <c>/ita/&lt;year&gt;/&lt;code&gt;/</c> (one per item) and <c>/ita/&lt;year&gt;/coverage/</c>, and <c>/ita/history/</c>
/// with every year's counts. Checks every claim of
/// every page, draft or not, against the catalogs first (PT042). Statuses are counted at the day of the build
/// (<see cref="GeneratorContext.Today"/>).
/// </summary>
internal sealed class OitGenerator : IPageGenerator
{
    /// <summary>A draft's claims count (as <c>draft</c>) in the coverage, though it has no page to link.</summary>
    public bool SeesDrafts => true;

    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        var problems = new List<Diagnostic>();
        var catalogs = OitCatalogReader.ReadAll(context.Data, problems);
        var built = context.Pages.Where(p => p.FromContent).ToList();
        var drafts = context.Drafts ?? [];
        var claims = Claims(built, published: true, catalogs, problems).Concat(Claims(drafts, published: false, catalogs, problems)).ToList();
        context.Diagnostics.AddRange(problems);
        var latest = catalogs.Count == 0 ? 0 : catalogs[^1].Year;
        var years = catalogs.Select(catalog => OitCoverage.Compute(catalog, catalog.Year == latest, claims, context.Today)).ToList();
        foreach (var year in years)
        {
            yield return YearPage(year);
            yield return CoveragePage(year);
            var nextYear = years.FirstOrDefault(y => y.Year == year.Year + 1);
            foreach (var item in year.Items)
            {
                yield return ItemPage(year, item, nextYear is null ? null : SameTopic(item, nextYear));
            }
        }

        if (years.Count > 0)
        {
            yield return HistoryPage(years);
        }
    }

    private static Page HistoryPage(List<OitYearCoverage> years) => new(PageOrigin.Generated, OitUrls.History, new FrontMatter
    {
        Title = "ความครบถ้วนของข้อมูล OIT รายปี",
        Description = $"จำนวนรายการ OIT ที่ครบถ้วน ไม่ตรงปีหรือไม่ครบ และยังไม่มีข้อมูล ของปีงบประมาณ พ.ศ. {years[0].Year}–{years[^1].Year} เทียบกันทุกปี",
        Kind = OitPageKind.History,
        Extensions = FeatureData.Empty.With(new OitPageData { History = years }),
    }, Source: null);

    private static Page YearPage(OitYearCoverage year) => new(PageOrigin.Generated, OitUrls.Year(year.Year), new FrontMatter
    {
        Title = $"รายการ OIT ปีงบประมาณ พ.ศ. {year.Year}",
        Description = $"แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมิน ITA ปีงบประมาณ พ.ศ. {year.Year} ทั้ง {year.Items.Count} รายการ พร้อมสถานะและลิงก์ไปยังข้อมูลที่เผยแพร่",
        Kind = OitPageKind.Year,
        Extensions = FeatureData.Empty.With(new OitPageData { Year = year }),
    }, Source: null);

    private static Page CoveragePage(OitYearCoverage year) => new(PageOrigin.Generated, OitUrls.Coverage(year.Year), new FrontMatter
    {
        Title = $"ความครบถ้วนของข้อมูล OIT ปีงบประมาณ พ.ศ. {year.Year}",
        Description = $"สรุปสถานะการเผยแพร่ข้อมูลทั้ง {year.Items.Count} รายการของแบบวัด OIT ปีงบประมาณ พ.ศ. {year.Year} และรายการ URL สำหรับกรอกในระบบ ITAS",
        Kind = OitPageKind.Coverage,
        Extensions = FeatureData.Empty.With(new OitPageData { Year = year }),
    }, Source: null);

    /// <param name="next">The same topic's item in the next year's catalog, for an auditor following it from year to year.</param>
    private static Page ItemPage(OitYearCoverage year, OitItemCoverage item, OitItemCoverage? next) => new(PageOrigin.Generated, item.Url, new FrontMatter
    {
        Title = $"{item.Item.Code} {item.Item.Title}",
        Description = $"รายการ {item.Item.Code} ของแบบวัด OIT ปีงบประมาณ พ.ศ. {year.Year}: {item.Item.Title}",
        FiscalYearOverride = new FiscalYear(year.Year),
        Kind = OitPageKind.Item,
        Extensions = FeatureData.Empty.With(new OitPageData { Year = year, Item = item, NextYear = next }),
    }, Source: null);

    /// <summary>
    /// The next year's item on the same topic: the catalogs map two years' items by their title, as the NACC keeps an
    /// item's title while its code moves when the list is reordered (2567's O5 may be 2568's O3).
    /// </summary>
    private static OitItemCoverage? SameTopic(OitItemCoverage item, OitYearCoverage next) =>
        next.Items.FirstOrDefault(candidate => TopicKey(candidate.Item.Title) == TopicKey(item.Item.Title));

    private static string TopicKey(string title) => string.Join(' ', ThaiText.Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every claim of the pages and their attachments, each checked against its year's catalog; bad ones are reported and left out.</summary>
    /// <param name="published">Whether these pages are in this build (an unpublished draft counts, but has no page to link).</param>
    private static IEnumerable<(int Year, string Code, OitEvidence Evidence)> Claims(IEnumerable<Page> pages, bool published,
        IReadOnlyList<OitCatalog> catalogs, List<Diagnostic> problems)
    {
        foreach (var page in pages)
        {
            var front = page.FrontMatter;
            var sources = OitClaims.Of(front).Select(claim => (claim, new OitEvidence(page.Url, page.Title, false, front.Date, front.FiscalYear, claim.Month, front.Draft, published)))
                .Concat(front.Attachments.SelectMany(a => OitClaims.Of(a).Select(claim =>
                    (claim, new OitEvidence("/" + (SiteValidator.AttachmentPath(a) ?? a.File), a.Title, true, front.Date, front.FiscalYear, claim.Month, front.Draft, published,
                        page.Url, page.Title)))));
            foreach (var (claim, evidence) in sources)
            {
                if (OitClaimChecker.Check(claim, catalogs, problems))
                {
                    yield return (claim.Year, claim.Code, evidence);
                }
            }
        }
    }
}
