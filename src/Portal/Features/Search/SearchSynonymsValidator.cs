using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Features.Search;

/// <summary>The validate stage's check of <c>input/_data/search-synonyms.yml</c> (PT101 at a bad entry's line).</summary>
internal sealed class SearchSynonymsValidator : ISiteValidator
{
    public void Validate(SiteModel site, DiagnosticBag diagnostics) => SearchSynonyms.Validate(site.Data, diagnostics);
}
