using Portal.Site;
using Portal.Site.Generators;
using Portal.Thai;

namespace Portal.Output;

/// <summary>
/// <c>sitemap.xml</c>: every published page, generated ones included (OIT years, items and coverage, the news archive,
/// contact, the HTML sitemap), but not the 404 page, with its absolute URL and its last update where the content or git
/// gives one (<see cref="PageDates"/>); a generated page has none of its own, so it has no <c>lastmod</c>.
/// </summary>
internal sealed class SitemapXmlOutput : ISiteOutput
{
    public const string Path = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes(Path, XmlOutput.Write(xml =>
    {
        var site = context.Site;
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in site.Pages.Where(p => p.Url != NotFoundPageGenerator.Url))
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
