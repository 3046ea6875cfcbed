using System.Text;
using Portal.Site;

namespace Portal.Output;

/// <summary><c>robots.txt</c>: the whole public site may be indexed; points crawlers at the sitemap.</summary>
public static class RobotsWriter
{
    public static OutputFile Write(SiteModel site) => OutputFile.Bytes(GeneratedFiles.Robots, Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {site.Settings.BaseUrl}/{GeneratedFiles.Sitemap}\n"));
}
