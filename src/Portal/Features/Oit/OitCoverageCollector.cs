using Portal.Output;
using Portal.Site;

namespace Portal.Features.Oit;

/// <summary>
/// An output that writes nothing and keeps each year's coverage and the base URL, so <c>portal coverage</c>
/// can report on a checked build without writing a site. Register it with <see cref="BuildParts.With"/>.
/// </summary>
public sealed class OitCoverageCollector : ISiteOutput
{
    public IReadOnlyList<OitYearCoverage> Years { get; private set; } = [];

    public string BaseUrl { get; private set; } = SiteSettings.DefaultBaseUrl;

    public IEnumerable<string> Paths(SiteModel site) => [];

    public IEnumerable<OutputFile> Write(OutputContext context)
    {
        Years = [.. OitCoverageOutput.Years(context.Site)];
        BaseUrl = context.Site.Settings.BaseUrl;
        return [];
    }

    /// <summary>The parts of a build with this collector added.</summary>
    public BuildParts Parts(BuildParts parts) => parts.With(outputs: [this]);
}
