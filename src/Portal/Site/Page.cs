using Portal.Content;

namespace Portal.Site;

/// <summary>A page of the site model: where it comes from, where it is published, and its front matter.</summary>
public sealed record Page(PageKind Kind, string Url, FrontMatter FrontMatter, SourceFile? Source)
{
    public const string DefaultLayout = "page";

    public string OutputPath => PageUrls.OutputPath(Url);

    public string Layout => FrontMatter.Layout ?? DefaultLayout;

    public string Title => FrontMatter.Title;
}
