using Portal.Kinds;
using Portal.Site;

namespace Portal.Features.Dashboard;

/// <summary>
/// The kinds of the dashboard's generated pages, each with its layout <c>dashboard-*</c> of the theme. Templates see the
/// page's data as <c>page.dashboard</c> (docs/dashboard.md, "Pages"; <see cref="DashboardTemplateValues"/>).
/// </summary>
internal sealed class DashboardPageKind : PageKind
{
    public const string Field = "dashboard";

    public static readonly DashboardPageKind Home = new("dashboard-home", "หน้าแรกของแดชบอร์ด OIT");
    public static readonly DashboardPageKind Year = new("dashboard-year", "ความครบถ้วนของ OIT ทั้งประเทศรายปี");
    public static readonly DashboardPageKind Item = new("dashboard-item", "หน่วยงานที่ขาดรายการ OIT");
    public static readonly DashboardPageKind Province = new("dashboard-province", "ความครบถ้วนของ OIT รายจังหวัด");
    public static readonly DashboardPageKind Body = new("dashboard-body", "ความครบถ้วนของ OIT ของหน่วยงาน");
    public static readonly DashboardPageKind Problems = new("dashboard-problems", "แหล่งข้อมูลที่อ่านไม่ได้");

    private DashboardPageKind(string name, string thaiName)
    {
        Name = name;
        ThaiName = thaiName;
    }

    public override string Name { get; }

    public override string ThaiName { get; }

    public override IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page)
    {
        var data = page.FrontMatter.Extensions.Get<DashboardPageData>() ?? new DashboardPageData();
        yield return KeyValuePair.Create<string, object?>(Field, DashboardTemplateValues.Of(this, data));
    }
}
