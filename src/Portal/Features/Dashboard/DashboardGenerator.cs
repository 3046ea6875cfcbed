using Portal.Content;
using Portal.Extensions;
using Portal.Site;
using Portal.Site.Generators;
using Portal.Thai;

namespace Portal.Features.Dashboard;

/// <summary>
/// The dashboard's pages, made at the model stage from the coverage read before the build: so they go through the same
/// layouts, URL checks, sitemap and search index as any site's pages. Home (<c>/</c>: the years); for each year its
/// summary by province, one page per OIT item, province and body, and the problem sources.
/// </summary>
internal sealed class DashboardGenerator(IReadOnlyList<DashboardYear> years) : IPageGenerator
{
    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        yield return Make(DashboardUrls.Home, context.Settings.Title, context.Settings.Description, DashboardPageKind.Home, new() { Years = years });
        foreach (var year in years)
        {
            var data = new DashboardPageData { Year = year };
            yield return Make(DashboardUrls.Year(year.Year), $"ความครบถ้วนของข้อมูล OIT ปีงบประมาณ พ.ศ. {year.Year}",
                $"จำนวนรายการ OIT ที่ครบถ้วน ไม่ตรงปีหรือไม่ครบ มีเฉพาะฉบับร่าง และยังไม่มีข้อมูล ของหน่วยงาน {year.Bodies.Count:N0} แห่ง แยกตามจังหวัด",
                DashboardPageKind.Year, data, year.Year);
            yield return Make(DashboardUrls.Problems(year.Year), $"แหล่งข้อมูลที่อ่านไม่ได้ ปีงบประมาณ พ.ศ. {year.Year}",
                "หน่วยงานที่อ่านรายงานความครบถ้วน (coverage.json) ไม่ได้หรือรายงานไม่ถูกต้อง จึงไม่ได้นับรวม พร้อมเหตุผล",
                DashboardPageKind.Problems, data, year.Year);
            foreach (var item in year.Items)
            {
                yield return Make(DashboardUrls.Item(year.Year, item.Code), $"{item.Code} {item.Title}",
                    $"หน่วยงานที่รายการ {item.Code} ของ OIT ปีงบประมาณ พ.ศ. {year.Year} ยังไม่มีข้อมูลหรือไม่ตรงปี",
                    DashboardPageKind.Item, data with { Item = item }, year.Year);
            }

            foreach (var province in year.Provinces)
            {
                yield return Make(DashboardUrls.Province(year.Year, province.Slug), $"จังหวัด{province.Name}",
                    $"ความครบถ้วนของข้อมูล OIT ปีงบประมาณ พ.ศ. {year.Year} ของหน่วยงาน {province.Bodies.Count:N0} แห่งในจังหวัด{province.Name}",
                    DashboardPageKind.Province, data with { Province = province }, year.Year);
            }

            foreach (var body in year.Bodies)
            {
                yield return Make(DashboardUrls.Body(year.Year, body.Body.Id), body.Body.Name,
                    $"ความครบถ้วนของข้อมูล OIT ปีงบประมาณ พ.ศ. {year.Year} ของ{body.Body.Name} จังหวัด{body.Body.Province}",
                    DashboardPageKind.Body, data with { Body = body }, year.Year);
            }
        }
    }

    private static Page Make(string url, string title, string? description, DashboardPageKind kind, DashboardPageData data, int? year = null) =>
        new(PageOrigin.Generated, url, new FrontMatter
        {
            Title = title,
            Description = description,
            FiscalYearOverride = year is { } y ? new FiscalYear(y) : null,
            Kind = kind,
            Extensions = FeatureData.Empty.With(data),
        }, Source: null);
}
