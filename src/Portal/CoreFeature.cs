using Portal.Checks;
using Portal.Extensions;
using Portal.Kinds;
using Portal.Output;
using Portal.Site.Generators;

namespace Portal;

/// <summary>
/// What every site has, registered through the same contract as the features: ordinary pages and news, the 404 page, the
/// HTML sitemap and the news archive, sitemap.xml, the feed, robots.txt, and the checks of <c>portal check</c>.
/// </summary>
public sealed class CoreFeature : IPortalFeature
{
    public void Setup(FeatureSetup setup)
    {
        setup.AddKind(ContentPageKind.Instance)
            .AddKind(new NewsKind())
            .AddGenerator(new NotFoundPageGenerator())
            .AddGenerator(new HtmlSitemapGenerator())
            .AddGenerator(new NewsArchiveGenerator())
            .AddOutput(new SitemapXmlOutput())
            .AddOutput(new AtomFeedOutput())
            .AddOutput(new RobotsOutput());
        foreach (var check in OutputChecks.BuiltIn)
        {
            setup.AddCheck(check);
        }
    }
}
