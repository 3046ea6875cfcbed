using Portal.Extensions;

namespace Portal.Features.Dashboard;

/// <summary><c>portal dashboard</c>: the national OIT dashboard built from many bodies' coverage.json (docs/dashboard.md).</summary>
public sealed class DashboardFeature : IPortalFeature
{
    public void Setup(FeatureSetup setup) => setup
        .AddCommand<DashboardCommand>(DashboardCommand.Name, "สร้างแดชบอร์ด OIT จาก coverage.json ของหลายหน่วยงาน (build the OIT dashboard from many bodies' coverage.json)", examples:
            [[DashboardCommand.Name, "--sources", "sources.yml", "--output", "dash"]]);
}
