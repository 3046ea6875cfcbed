using Portal.Site;
using Portal.Thai;

namespace Portal.Output;

/// <summary><c>sitemap.xml</c>: every published page with its absolute URL and, where known, its last update.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Write(SiteModel site) => OutputFile.Bytes(GeneratedFiles.Sitemap, XmlOutput.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in site.Pages.Where(p => p.Kind == PageKind.Markdown))
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, PageUrls.Absolute(site.Settings.BaseUrl, page.Url));
            if (page.FrontMatter.LastUpdated is { } lastUpdated)
            {
                xml.WriteElementString("lastmod", Namespace, ThaiDate.ToIso(lastUpdated));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }));
}
