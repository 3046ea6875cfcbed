using Portal.Content;
using Portal.Kinds;

namespace Portal.Site;

/// <summary>A page of the site model: where it comes from, where it is published, and its front matter.</summary>
public sealed record Page(PageOrigin Origin, string Url, FrontMatter FrontMatter, SourceFile? Source)
{
    public string OutputPath => PageUrls.OutputPath(Url);

    public PageKind Kind => FrontMatter.Kind;

    /// <summary>The layout the page names, else its kind's.</summary>
    public string Layout => FrontMatter.Layout ?? Kind.Layout;

    public string Title => FrontMatter.Title;

    public bool FromContent => Origin == PageOrigin.Content;

    /// <summary>
    /// A generated page that exists only while some content does (a year of the news archive): it comes and goes with
    /// that content, so <c>portal urls --record</c> never promises its address (docs/content.md, "ที่อยู่ที่คงไว้").
    /// </summary>
    public bool FollowsContent { get; init; }

    /// <summary>When the page was published and last changed (front matter, else git history).</summary>
    public PageDates Dates { get; init; } = PageDates.None;
}
