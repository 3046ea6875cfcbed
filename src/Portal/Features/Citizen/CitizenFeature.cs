using Fluid.Values;
using Portal.Extensions;
using Portal.Kinds;

namespace Portal.Features.Citizen;

/// <summary>
/// What a citizen comes for: service manuals (<c>kind: service</c>), published data tables (<c>kind: data-table</c>) and their
/// downloads, the contact page, the checks of the complaint channels and contact details, and the theme's <c>tel_url</c> and <c>channels_reachable</c> filters.
/// </summary>
public sealed class CitizenFeature : IPortalFeature
{
    public const string TelUrlFilter = "tel_url";

    public void Setup(FeatureSetup setup) => setup
        .AddKind(new ServiceKind())
        .AddKind(new DataTableKind())
        .AddGenerator(new ContactPageGenerator())
        .AddValidator(new CitizenDataValidator())
        .AddOutput(new DataDownloadsOutput())
        .AddFilter(TelUrlFilter, (input, _, _) => ValueTask.FromResult<FluidValue>(new StringValue(ContactValues.TelUri(input.ToStringValue()) ?? "")))
        .AddFilter(ChannelFilters.Reachable, ChannelFilters.ReachableChannels);
}
