using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// What one build of a session rendered, page by page, and the inputs it saw, so that the next build
/// renders only the pages a change touches (docs/architecture.md, "Build sessions"):
/// <list type="bullet">
/// <item>a changed, added or removed page: that page and the pages whose links point at it; and unless only its body
/// changed, the pages that list pages (<c>site.pages</c>, <c>page.children</c>), the pages below it (their breadcrumbs
/// show its title) and the generated pages (OIT pages count its claims, the news archive lists it);</item>
/// <item>a changed, added or removed file under <c>files/</c>: the pages that link to it or attach it;</item>
/// <item>a changed data file: the pages whose layouts read its key;</item>
/// <item>the theme, a folder's <c>_defaults.yml</c>, <c>_data/site.yml</c> or <c>_data/thai-words.txt</c>: every page.</item>
/// </list>
/// A page that failed to render is rendered again next time.
/// </summary>
internal sealed class RenderRecord
{
    private readonly Dictionary<string, Entry> _byUrl;
    private readonly InputStamps _inputs;

    private RenderRecord(Dictionary<string, Entry> byUrl, InputStamps inputs)
    {
        _byUrl = byUrl;
        _inputs = inputs;
    }

    /// <param name="Dependencies">What rendering the page read; null in a one-shot build, which keeps no record.</param>
    /// <param name="Problems">What rendering the page reported, reported again while the page is reused.</param>
    public sealed record Entry(RenderedPage? Rendered, PageDependencies? Dependencies, IReadOnlyList<Diagnostic> Problems);

    /// <summary>The pages and files a build read, with each one's stamp, to compare with the next build's.</summary>
    /// <param name="Pages">Each page's source by path; the session's page cache hands out the same object while a file is unchanged.</param>
    /// <param name="Data">Each data file's stamp by key (<c>site</c>, <c>oit/2566</c>); a change to <c>site</c> or <c>thai-words</c> re-renders everything.</param>
    /// <param name="Settings">The stamp of the theme and of every <c>_defaults.yml</c>: a change to any re-renders everything.</param>
    public sealed record InputStamps(
        IReadOnlyDictionary<string, PageSource> Pages,
        IReadOnlyDictionary<string, string> Data,
        IReadOnlyDictionary<string, string> Files,
        string Settings);

    public static RenderRecord Create(IReadOnlyDictionary<string, Entry> byUrl, InputStamps inputs) =>
        new(new Dictionary<string, Entry>(byUrl, StringComparer.Ordinal), inputs);

    public Entry? Find(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The pages of <paramref name="site"/> that must be rendered again, given what changed since this record.</summary>
    public IReadOnlySet<string> PagesToRender(SiteModel site, InputStamps now)
    {
        var changedData = Changed(_inputs.Data, now.Data, string.Equals).Select(key => key.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        if (now.Settings != _inputs.Settings || changedData.Contains(SiteSettings.DataKey) || changedData.Contains(Thai.KeepWordList.DataKey))
        {
            return site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        }

        var changedPages = Changed(_inputs.Pages, now.Pages, ReferenceEquals);
        var changedFiles = Changed(_inputs.Files, now.Files, string.Equals);
        var touchedSources = changedPages.Concat(changedFiles).ToHashSet(StringComparer.Ordinal);

        // Other pages read a page only through its front matter (lists, breadcrumbs, generated pages such as OIT's),
        // so a change to its body alone reaches only the pages that link to it (their #anchors).
        var changedUrls = changedPages.Where(path => !SameFrontMatter(path, now)).Select(PageUrls.FromSourcePath).ToHashSet(StringComparer.Ordinal);

        return site.Pages
            .Where(page => _byUrl.GetValueOrDefault(page.Url) is not { Rendered: not null, Dependencies: not null } entry
                || (page.Source is { } source && changedPages.Contains(source.RelativePath))
                || entry.Dependencies.LinkedSources.Overlaps(touchedSources)
                || entry.Dependencies.Data.Overlaps(changedData)
                || (changedUrls.Count > 0 && (entry.Dependencies.ListsPages || !page.FromContent || Ancestors(page.Url).Any(changedUrls.Contains)))
                || page.FrontMatter.Attachments.Any(a => SiteValidator.AttachmentPath(a) is { } path && changedFiles.Contains(path)))
            .Select(page => page.Url)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The page at <paramref name="path"/> was there before and now, with the same front matter, word for word.</summary>
    private bool SameFrontMatter(string path, InputStamps now) =>
        _inputs.Pages.TryGetValue(path, out var before) && now.Pages.TryGetValue(path, out var after)
        && FrontMatterSplitter.Split(before.File.Text) == FrontMatterSplitter.Split(after.File.Text);

    /// <summary>Keys added, removed, or whose value differs.</summary>
    private static HashSet<string> Changed<T>(IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, Func<T, T, bool> same)
    {
        var changed = before.Keys.Where(k => !after.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        changed.UnionWith(after.Where(kv => !before.TryGetValue(kv.Key, out var old) || !same(old, kv.Value)).Select(kv => kv.Key));
        return changed;
    }

    private static IEnumerable<string> Ancestors(string url)
    {
        for (var parent = PageUrls.Parent(url); parent is not null; parent = PageUrls.Parent(parent))
        {
            yield return parent;
        }
    }
}
