using Portal.Extensions;

namespace Portal.Features.StableUrls;

/// <summary>Addresses that never break: the redirects of <c>_data/redirects.yml</c>, the check of <c>published-urls.txt</c>, and <c>portal urls --record</c>.</summary>
public sealed class StableUrlsFeature : IPortalFeature
{
    /// <summary>How many PT046 notices a build prints one by one before it prints their count instead.</summary>
    public const int NewUrlsShown = 3;

    public void Setup(FeatureSetup setup) => setup
        .AddOutput(new StableUrlsOutput())
        .SummariseInBuildReport(diagnostics => PublishedUrls.SummariseNew(diagnostics, NewUrlsShown))
        .AddCommand<UrlsCommand>(UrlsCommand.Name, "บันทึก URL ที่เผยแพร่แล้วลงใน input/_data/published-urls.txt (record the published URLs)", examples:
            [[UrlsCommand.Name, "--record"]]);
}
