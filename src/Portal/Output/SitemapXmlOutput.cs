using Portal.Site;
using Portal.Thai;

namespace Portal.Output;

/// <summary><c>sitemap.xml</c>: every published content page with its absolute URL and, where known, its last update.</summary>
public sealed class SitemapXmlOutput : ISiteOutput
{
    public const string Path = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes(Path, XmlOutput.Write(xml =>
    {
        var site = context.Site;
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in site.Pages.Where(p => p.FromContent))
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, PageUrls.Absolute(site.Settings.BaseUrl, page.Url));
            if (page.Dates.Modified is { } lastUpdated)
            {
                xml.WriteElementString("lastmod", Namespace, ThaiDate.ToIso(lastUpdated));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }))];
}
