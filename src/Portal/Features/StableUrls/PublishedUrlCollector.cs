using Portal.Output;
using Portal.Site;

namespace Portal.Features.StableUrls;

/// <summary>An output that writes nothing and keeps the addresses the site publishes, for <c>portal urls --record</c>.</summary>
public sealed class PublishedUrlCollector : ISiteOutput
{
    public IReadOnlyList<string> Urls { get; private set; } = [];

    public IEnumerable<string> Paths(SiteModel site) => [];

    public IEnumerable<OutputFile> Write(OutputContext context)
    {
        Urls = [.. PublishedUrls.Of(context.Site)];
        return [];
    }
}
