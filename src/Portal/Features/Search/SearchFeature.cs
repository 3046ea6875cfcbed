using Portal.Extensions;
using Portal.Features.Citizen;
using Portal.Features.Oit;

namespace Portal.Features.Search;

/// <summary>The site's search: the index under <c>search/</c> of every published page and the PDFs they list, with an OIT facet, and the synonym list staff extend.</summary>
public sealed class SearchFeature : IPortalFeature
{
    /// <summary>
    /// Each document lists the OIT items its page claims (<see cref="OitClaims"/>), an OIT item's own page is found by its
    /// code, and the contact page counts in full though generated.
    /// </summary>
    public IReadOnlyList<Type> DependsOn => [typeof(OitFeature), typeof(CitizenFeature)];

    public void Setup(FeatureSetup setup) => setup
        .AddValidator(new SearchSynonymsValidator())
        .AddOutput(new SearchOutput());
}
