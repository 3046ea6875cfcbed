using Fluid;
using Fluid.Values;

namespace Portal.Features.Citizen;

/// <summary>The theme's filters over complaint channels.</summary>
internal static class ChannelFilters
{
    public const string Reachable = "channels_reachable";

    /// <summary>
    /// <c>channels | channels_reachable: true</c>: the complaint channels with their phone, e-mail, address or link (the
    /// one their kind needs); <c>false</c>: those no source gives one yet, which a page lists once as awaiting
    /// confirmation instead of in every cell (docs/theme.md).
    /// </summary>
    public static async ValueTask<FluidValue> ReachableChannels(FluidValue channels, FilterArguments arguments, TemplateContext context)
    {
        var reachable = arguments.At(0).ToBooleanValue();
        var chosen = new List<FluidValue>();
        foreach (var channel in channels.Enumerate(context))
        {
            var kind = (await channel.GetValueAsync("kind", context)).ToStringValue();
            var target = ComplaintChannels.TargetKeyOfKind.TryGetValue(kind, out var key) ? (await channel.GetValueAsync(key, context)).ToStringValue() : "";
            if (string.IsNullOrWhiteSpace(target) != reachable)
            {
                chosen.Add(channel);
            }
        }

        return new ArrayValue(chosen);
    }
}
