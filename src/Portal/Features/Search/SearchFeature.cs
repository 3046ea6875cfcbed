using Portal.Extensions;
using Portal.Features.Oit;

namespace Portal.Features.Search;

/// <summary>The site's search: the index under <c>search/</c> of every content page and the PDFs they list, with an OIT facet.</summary>
public sealed class SearchFeature : IPortalFeature
{
    /// <summary>Each document lists the OIT items its page claims (<see cref="OitClaims"/>).</summary>
    public IReadOnlyList<Type> DependsOn => [typeof(OitFeature)];

    public void Setup(FeatureSetup setup) => setup.AddOutput(new SearchOutput());
}
