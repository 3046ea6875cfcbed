using System.Text;
using Portal.Site;

namespace Portal.Output;

/// <summary><c>robots.txt</c>: the public site may be indexed, but not what features hide (<see cref="BuildParts.HiddenFromCrawlers"/>: the web editor); points crawlers at the sitemap.</summary>
internal sealed class RobotsOutput : ISiteOutput
{
    public const string Path = "robots.txt";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes(Path, Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n{string.Concat(context.Parts.HiddenFromCrawlers.Select(path => $"Disallow: /{path}\n"))}\nSitemap: {context.Site.Settings.BaseUrl}/{SitemapXmlOutput.Path}\n"))];
}
