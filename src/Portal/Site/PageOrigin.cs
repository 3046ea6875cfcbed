namespace Portal.Site;

/// <summary>Where a page comes from; what kind of page it is is <see cref="Kinds.PageKind"/>.</summary>
public enum PageOrigin
{
    /// <summary>Written by staff as <c>input/**.md</c>.</summary>
    Content,

    /// <summary>Made by a generator (the 404 page, the HTML sitemap), rendered through the same layouts.</summary>
    Generated,
}
