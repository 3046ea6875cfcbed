namespace Portal.Site;

/// <summary>Breadcrumbs and section children, worked out once from the URL tree of the whole site.</summary>
internal sealed class SiteNavigation
{
    private readonly SiteModel _site;
    private readonly Dictionary<string, List<Page>> _childrenByParent;

    public SiteNavigation(SiteModel site)
    {
        _site = site;
        _childrenByParent = site.Pages
            .Where(p => p.FromContent && PageUrls.Parent(p.Url) is not null)
            .GroupBy(p => PageUrls.Parent(p.Url)!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(p => p.FrontMatter.Order ?? int.MaxValue)
                    .ThenByDescending(p => p.FrontMatter.Date ?? DateOnly.MinValue)
                    .ThenBy(p => p.Title, StringComparer.Ordinal)
                    .ThenBy(p => p.Url, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The pages directly below a section page, in reading order: <c>order</c>, then newest first, then title.</summary>
    public IReadOnlyList<Page> Children(Page page) =>
        _childrenByParent.TryGetValue(page.Url, out var children) ? children : [];

    /// <summary>From the home page down to and including <paramref name="page"/>, skipping folders that have no index page.</summary>
    public IReadOnlyList<Page> Breadcrumbs(Page page)
    {
        var trail = new List<Page> { page };
        for (var url = PageUrls.Parent(page.Url); url is not null; url = PageUrls.Parent(url))
        {
            if (_site.PageAtUrl(url) is { } ancestor)
            {
                trail.Add(ancestor);
            }
        }

        trail.Reverse();
        return trail;
    }

    /// <summary>Every published Markdown page, newest first, for lists such as "latest news".</summary>
    public IReadOnlyList<Page> NewestFirst() =>
        [.. _site.Pages
            .Where(p => p.FromContent)
            .OrderByDescending(p => p.FrontMatter.Date ?? DateOnly.MinValue)
            .ThenBy(p => p.Url, StringComparer.Ordinal)];
}
