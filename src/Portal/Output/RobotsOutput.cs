using System.Text;
using Portal.Site;

namespace Portal.Output;

/// <summary><c>robots.txt</c>: the whole public site may be indexed; points crawlers at the sitemap.</summary>
public sealed class RobotsOutput : ISiteOutput
{
    public const string Path = "robots.txt";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes(Path, Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {context.Site.Settings.BaseUrl}/{SitemapXmlOutput.Path}\n"))];
}
