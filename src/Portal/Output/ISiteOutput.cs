using Portal.Site;

namespace Portal.Output;

/// <summary>
/// A file (or files) made after rendering from the whole site: sitemap.xml, the feed, robots.txt, and
/// later the search index and coverage reports. It declares its paths before anything is rendered, so
/// links to them are checked and clashes with content are reported. A feature registers it (<see cref="Extensions.FeatureSetup.AddOutput"/>).
/// </summary>
public interface ISiteOutput
{
    /// <summary>
    /// The paths this output writes inside the output folder (<c>feed.xml</c>). A path ending in <c>/</c>
    /// claims a whole folder (<c>search/chunks/</c>), for files whose names are known only once they are made.
    /// </summary>
    IEnumerable<string> Paths(SiteModel site);

    /// <summary>The files, each at one of the declared paths or inside a declared folder.</summary>
    IEnumerable<OutputFile> Write(OutputContext context);

    /// <summary>Outputs (by type) that must run first; otherwise outputs run in the order they were registered.</summary>
    IReadOnlyList<Type> RunsAfter => [];
}
