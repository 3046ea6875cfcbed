using Portal.Extensions;

namespace Portal.Features.Dashboard;

/// <summary>The dashboard's pages, added to the parts a dashboard is built with (never to a body's own site).</summary>
internal sealed class DashboardSiteFeature(IReadOnlyList<DashboardYear> years) : IPortalFeature
{
    public void Setup(FeatureSetup setup) => setup.AddGenerator(new DashboardGenerator(years));
}
