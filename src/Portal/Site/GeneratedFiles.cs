namespace Portal.Site;

/// <summary>Files the output stage writes beside the pages; content may link to them.</summary>
public static class GeneratedFiles
{
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";
    public const string Robots = "robots.txt";

    public static readonly IReadOnlySet<string> Urls = new HashSet<string>(StringComparer.Ordinal) { "/" + Sitemap, "/" + Feed, "/" + Robots };
}
