using Portal.Extensions;
using Portal.Features.Citizen;
using Portal.Features.Dashboard;
using Portal.Features.Editor;
using Portal.Features.NewSite;
using Portal.Features.Oit;
using Portal.Features.Search;
using Portal.Features.StableUrls;

namespace Portal.Features;

/// <summary>The features every site is built with: adding one is a folder under <c>Features/</c> and one line here.</summary>
public static class PortalFeatures
{
    public static readonly IReadOnlyList<IPortalFeature> BuiltIn =
    [
        new CoreFeature(),
        new CitizenFeature(),
        new OitFeature(),
        new SearchFeature(),
        new StableUrlsFeature(),
        new EditorFeature(),
        new NewSiteFeature(),
        new DashboardFeature(),
    ];

    /// <summary>The parts of <see cref="BuiltIn"/>.</summary>
    public static readonly BuildParts Parts = BuildParts.From(BuiltIn);
}
