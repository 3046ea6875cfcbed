using Portal.Diagnostics;
using Portal.Features.Dashboard;
using Portal.Site;
using Portal.Thai;

namespace Portal.Tests.Dashboard;

/// <summary>sources.yml (<see cref="DashboardSources"/>; docs/dashboard.md, "sources.yml"): every mistake at its line, and ids made safely.</summary>
public sealed class DashboardSourcesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", $"sources-yml-{Guid.NewGuid():N}");

    public DashboardSourcesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_body_gets_its_id_from_its_host_its_coverage_from_its_site_and_its_province_by_its_official_name()
    {
        var sources = Read("""
            title: แดชบอร์ด
            years: [2569, 2570]
            bodies:
              - name: เทศบาลเมืองบ้านบึง
                kind: municipality
                province: จังหวัดชลบุรี
                site: https://www.banbuengcity.go.th/
              - name: อบต.ทดสอบ
                kind: subdistrict
                province: ลำพูน
                site: https://ทดสอบ.example.go.th
                coverage: reports/{year}.json
              - id: own-id
                name: หน่วยงาน
                kind: agency
                province: กรุงเทพมหานคร
                site: https://www.example.go.th
            """, out var problems);

        Assert.Empty(problems);
        Assert.Equal([2569, 2570], sources!.Years);
        var banBueng = sources.Bodies[0];
        Assert.Equal(("banbuengcity-go-th", "ชลบุรี", "chon-buri", OrganizationKind.Municipality), (banBueng.Id, banBueng.Province, banBueng.ProvinceSlug, banBueng.Kind));
        Assert.Equal("https://www.banbuengcity.go.th/ita/2570/coverage.json", banBueng.CoverageOf(2570));
        Assert.Equal("https://www.banbuengcity.go.th/ita/2570/coverage/", banBueng.CoveragePageOf(2570));
        Assert.Equal(("xn--l3cfk7dp-example-go-th", "reports/2569.json", "lamphun"), (sources.Bodies[1].Id, sources.Bodies[1].CoverageOf(2569), sources.Bodies[1].ProvinceSlug));
        Assert.Equal("own-id", sources.Bodies[2].Id);
    }

    [Fact]
    public void Every_mistake_is_reported_at_its_line_and_the_file_is_refused()
    {
        var sources = Read("""
            bodies:
              - name: หนึ่ง
                kind: municipality
                province: ชลบุรี
                site: https://one.example.go.th
              - name: สอง
                kind: city
                province: ชลบุร
                site: javascript:alert(1)
              - name: สาม
                kind: municipality
                province: ระยอง
                site: https://three.example.go.th
                coverage: file:///etc/passwd
                colour: red
              - name: สี่
                kind: agency
                province: ระยอง
                site: https://www.one.example.go.th
            """, out var problems);

        Assert.Null(sources);
        Assert.All(problems, p => Assert.Equal("PT108", p.Code.Id));
        Assert.Equal([7, 8, 9, 14, 15, 16], problems.Select(p => p.Location.Line).Order());
        Assert.Contains(problems, p => p.Location.Line == 16 && p.EnglishMessage.Contains("id 'one-example-go-th' is used more than once (lines 2, 16)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_or_empty_sources_file_is_a_problem_not_an_exception()
    {
        Assert.Null(DashboardSources.Read(Path.Combine(_folder, "none.yml"), []));
        Assert.Null(Read("", out var empty));
        Assert.Single(empty);
        Assert.Null(Read("bodies: []", out var noBodies));
        Assert.Contains("bodies: must list at least one public body", Assert.Single(noBodies).EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_year_is_the_fiscal_year_of_the_build_date_October_to_September()
    {
        Assert.Equal([2570], DashboardYears.Choose([], [], new DateOnly(2026, 12, 6)));
        Assert.Equal([2569], DashboardYears.Choose([], [], new DateOnly(2026, 9, 30)));
        Assert.Equal([2570], DashboardYears.Choose([], [], new DateOnly(2026, 10, 1)));
        Assert.Equal([2568, 2569], DashboardYears.Choose([], [2569, 2568], new DateOnly(2026, 12, 6)));
        Assert.Equal([2566], DashboardYears.Choose([2566, 2566], [2569], new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void Every_province_of_the_list_is_found_by_its_name_and_the_list_has_77()
    {
        Assert.Equal(77, ThaiProvinces.All.Count);
        Assert.Equal(77, ThaiProvinces.All.Select(p => p.Slug).Distinct().Count());
        Assert.All(ThaiProvinces.All, p => Assert.Equal(p, ThaiProvinces.Find("จังหวัด" + p.Thai)));
        Assert.Equal("ลำพูน", ThaiProvinces.Find("ล\u0E4D\u0E32พูน")?.Thai);
    }

    private DashboardSources? Read(string yaml, out List<Diagnostic> problems)
    {
        var path = Path.Combine(_folder, "sources.yml");
        File.WriteAllText(path, yaml);
        problems = [];
        return DashboardSources.Read(path, problems);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
