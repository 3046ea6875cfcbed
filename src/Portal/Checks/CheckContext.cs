using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Checks;

/// <summary>The finished site as the output checks see it: every rendered page, and the path of every file the site holds.</summary>
public sealed partial class CheckContext
{
    private readonly Dictionary<string, RenderedPage> _pagesByUrl;
    private readonly HashSet<string> _outputPaths;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private readonly Theme _theme;

    /// <param name="outputPaths">Every file of the site, as <c>ita/index.html</c> and <c>assets/css/site.1a2b3c4d.css</c>.</param>
    public CheckContext(IReadOnlyList<RenderedPage> pages, IEnumerable<string> outputPaths, Theme theme)
    {
        Pages = pages;
        _pagesByUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        _outputPaths = outputPaths.ToHashSet(StringComparer.Ordinal);
        _theme = theme;
    }

    /// <summary>In URL order.</summary>
    public IReadOnlyList<RenderedPage> Pages { get; }

    /// <summary>The page published at a root-relative URL (<c>/ita/</c>, or <c>/ita</c> for the same page).</summary>
    public RenderedPage? PageAt(string url) =>
        _pagesByUrl.GetValueOrDefault(url) ?? (url.EndsWith('/') ? null : _pagesByUrl.GetValueOrDefault(url + "/"));

    /// <summary>Whether the site answers a root-relative path: a file (<c>/feed.xml</c>) or a folder with an index (<c>/ita/</c>, <c>/ita</c>).</summary>
    public bool Contains(string path)
    {
        var relative = path.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/')
            ? _outputPaths.Contains(relative + "index.html")
            : _outputPaths.Contains(relative) || _outputPaths.Contains(relative + "/index.html");
    }

    /// <summary>Every element id in the page's HTML: its headings' and its theme's.</summary>
    public IReadOnlySet<string> IdsOf(RenderedPage page) => _ids.GetOrAdd(page.Url, _ =>
        IdAttribute().Matches(Encoding.UTF8.GetString(page.Html)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));

    /// <summary>Where to report a problem of a whole page: its Markdown file, or for a generated page its layout.</summary>
    public SourceLocation LocationOf(Page page) => new(page.Source?.DisplayPath ?? _theme.LayoutPath(page.Layout));

    [GeneratedRegex(@"\sid=""([^""]*)""")]
    private static partial Regex IdAttribute();
}
