using Portal.Site;
using Portal.Thai;

namespace Portal.Output;

/// <summary>
/// <c>feed.xml</c>: an Atom feed of the dated pages, newest first. Times are midnight in Thailand
/// (UTC+7). An entry's <c>updated</c> is its page's <c>updated</c>, else its <c>date</c>: the content's own dates, never
/// the build or an import commit; the feed's own <c>updated</c> is its newest entry, so rebuilds are identical.
/// </summary>
internal sealed class AtomFeedOutput : ISiteOutput
{
    public const string Path = "feed.xml";
    public const int MaximumEntries = 50;
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [Feed(context.Site)];

    private static OutputFile Feed(SiteModel site)
    {
        var baseUrl = site.Settings.BaseUrl;
        var entries = site.Pages
            .Where(p => p.FromContent && p.FrontMatter.Date is not null)
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Take(MaximumEntries)
            .ToList();
        var newest = entries.Select(Updated).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();

        return OutputFile.Bytes(Path, XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "th");
            xml.WriteElementString("title", Namespace, site.Settings.Title);
            if (site.Settings.Description is { } description)
            {
                xml.WriteElementString("subtitle", Namespace, description);
            }

            xml.WriteElementString("id", Namespace, baseUrl + "/");
            WriteLink(xml, baseUrl + "/" + Path, "self");
            WriteLink(xml, baseUrl + "/", "alternate");
            xml.WriteElementString("updated", Namespace, Timestamp(newest));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, site.Settings.Title);
            xml.WriteEndElement();

            foreach (var page in entries)
            {
                var url = PageUrls.Absolute(baseUrl, page.Url);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, page.Title);
                WriteLink(xml, url, "alternate");
                xml.WriteElementString("id", Namespace, url);
                xml.WriteElementString("published", Namespace, Timestamp(page.FrontMatter.Date!.Value));
                xml.WriteElementString("updated", Namespace, Timestamp(Updated(page)));
                if (page.FrontMatter.Description is { } summary)
                {
                    xml.WriteElementString("summary", Namespace, summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    private static DateOnly Updated(Page page) => page.FrontMatter.Updated ?? page.FrontMatter.Date!.Value;

    private static void WriteLink(System.Xml.XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => ThaiDate.ToIso(date) + "T00:00:00+07:00";
}
