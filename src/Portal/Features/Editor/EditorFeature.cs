using Portal.Extensions;
using Portal.Features.Oit;

namespace Portal.Features.Editor;

/// <summary>The web editor at <c>/admin/</c> (Decap CMS), its form made from the page kinds, and hidden from crawlers.</summary>
public sealed class EditorFeature : IPortalFeature
{
    /// <summary>The form offers the catalogs' items for <c>oit:</c>.</summary>
    public IReadOnlyList<Type> DependsOn => [typeof(OitFeature)];

    public void Setup(FeatureSetup setup) => setup
        .AddOutput(new CmsOutput())
        .HideFromCrawlers(CmsOutput.Folder);
}
