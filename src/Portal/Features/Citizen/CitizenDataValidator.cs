using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Features.Citizen;

/// <summary>The validate stage's checks of the citizen data files: complaint channels, contact details and published data tables.</summary>
internal sealed class CitizenDataValidator : ISiteValidator
{
    public void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        ComplaintChannels.Validate(site.Data, diagnostics);
        ContactDetails.Validate(site.Data, site.Settings.Organization, diagnostics);
        DataTables.Validate(site, diagnostics);
    }
}
