using System.Globalization;
using System.Text;
using Fluid;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Site;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// The render stage for one page: Markdown to HTML, then the page's layout, then the base layout
/// around it. Safe to call from many threads at once; every problem becomes a diagnostic.
/// </summary>
internal sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly MarkdownRenderer _markdown;
    private readonly PageModelFactory _models;
    private readonly ILinkTargets _links;
    private readonly Thai.KeepWordList _keepWords;

    /// <param name="outputUrls">Root-relative URLs the registered outputs write (<c>/feed.xml</c>), which content may link to.</param>
    /// <param name="preview">A build to look at before publishing: templates see <c>site.preview</c>.</param>
    /// <param name="featureValues">What features add to each page's template object (<see cref="BuildParts.PageValues"/>).</param>
    public PageRenderer(SiteModel site, Theme theme, MarkdownRenderer markdown, IReadOnlySet<string> outputUrls, IReadOnlyList<IPageTemplateValues> featureValues, bool preview = false)
    {
        _theme = theme;
        _markdown = markdown;
        _models = new PageModelFactory(site, new SiteNavigation(site), featureValues, preview);
        _links = new SiteLinkTargets(site, outputUrls);
        _keepWords = site.KeepWords;
    }

    /// <summary>Renders the page, for a build that no later build compares with.</summary>
    /// <exception cref="UnexpectedBuildException">Something the build did not expect went wrong with this page.</exception>
    public RenderedPage? Render(Page page, ICollection<Diagnostic> diagnostics) => Guarded(page, _links, diagnostics);

    /// <summary>Renders the page, and records in <paramref name="dependencies"/> what it read.</summary>
    /// <exception cref="UnexpectedBuildException">Something the build did not expect went wrong with this page.</exception>
    public RenderedPage? Render(Page page, ICollection<Diagnostic> diagnostics, out PageDependencies dependencies)
    {
        var links = new RecordingLinkTargets(_links);
        var rendered = Guarded(page, links, diagnostics);
        var layoutUses = _theme.Uses(page.Layout);
        var baseUses = _theme.Uses(Theme.BaseLayout);
        dependencies = new PageDependencies(page.Url, page.Source?.RelativePath,
            layoutUses.Templates.Union(baseUses.Templates).ToHashSet(StringComparer.Ordinal),
            layoutUses.Data.Union(baseUses.Data).Union(page.Kind.DataKeys(page).Select(k => k.Split('/')[0])).ToHashSet(StringComparer.Ordinal),
            links.Sources,
            ListsPages(page));
        return rendered;
    }

    /// <summary>Whether the page's layouts list other pages (the sitemap, an archive, a section's index): such a page costs many times another's.</summary>
    public bool ListsPages(Page page) => _theme.Uses(page.Layout).ListsPages || _theme.Uses(Theme.BaseLayout).ListsPages;

    private RenderedPage? Guarded(Page page, ILinkTargets links, ICollection<Diagnostic> diagnostics) =>
        UnexpectedBuildException.Guard(page.Source?.DisplayPath ?? _theme.LayoutPath(page.Layout), () => Render(page, links, diagnostics));

    private RenderedPage? Render(Page page, ILinkTargets links, ICollection<Diagnostic> diagnostics)
    {
        var body = page.Source is null ? null : _markdown.Render(page.Source, links, diagnostics);
        var location = new SourceLocation(page.Source?.DisplayPath ?? _theme.LayoutPath(page.Layout));
        var layout = _theme.Layout(page.Layout);
        var baseLayout = _theme.Layout(Theme.BaseLayout);
        if (layout is null || baseLayout is null)
        {
            // A Markdown page's unknown layout was reported by the validator at its front matter;
            // a generated page (404) has no front matter, so the missing layout is reported here.
            if (page.Source is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownLayout, location,
                    $"ธีมไม่มีแม่แบบ '{page.Layout}' ซึ่งหน้า {page.Url} ต้องใช้", $"the theme has no layout '{page.Layout}', which {page.Url} needs"));
            }

            return null;
        }

        var context = new TemplateContext(_theme.Options);
        context.SetValue("site", _models.Site);
        context.SetValue("data", _models.Data);
        context.SetValue("page", _models.Page(page, body));
        ThemeFilters.UseKeepWords(context, _keepWords);
        var html = ReusedStringBuilder.Take(ref _pageText, KeptBufferLength);
        if (!RenderTemplate(layout, page.Layout, context, html, location, diagnostics))
        {
            return null;
        }

        context.SetValue("content", LiquidValues.Html(html.ToString()));
        html.Clear();
        if (!RenderTemplate(baseLayout, Theme.BaseLayout, context, html, location, diagnostics))
        {
            return null;
        }

        var chars = _pageChars is { Length: var kept } buffer && kept >= html.Length && kept <= KeptBufferLength ? buffer : (_pageChars = new char[html.Length]);
        html.CopyTo(0, chars, html.Length);
        return new RenderedPage(page, KeepWordSpans.Utf8(chars.AsSpan(0, html.Length), _keepWords), body?.Toc ?? [], body?.Outline ?? MarkdownOutline.Empty,
            body is null ? PackedText.Empty : PackedText.From(body.Text));
    }

    /// <summary>
    /// This thread's buffers for a page's HTML: layouts are rendered into one and the page is encoded from the other,
    /// so a page's HTML is never a string of its own (two strings a page were a sixth of what a build allocated).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _pageText;

    [ThreadStatic]
    private static char[]? _pageChars;

    /// <summary>A page as large as a big site's sitemap leaves large buffers: past this many characters they are let go.</summary>
    private const int KeptBufferLength = 1 << 20;

    /// <summary>Renders one layout into <paramref name="output"/>; a failure names that layout, so a mistake in <c>base</c> reads the same on every page and is reported once.</summary>
    private static bool RenderTemplate(IFluidTemplate template, string name, TemplateContext context, StringBuilder output, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            // Fluid closes the writer it is given when it is done; the builder behind it stays open.
            var rendering = template.RenderAsync(new StringWriter(output, CultureInfo.InvariantCulture), context, Theme.Encoder, isolateContext: true);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }

            return true;
        }
        catch (ParseException)
        {
            // An included partial does not parse: Theme.Load has reported it once, at its own line.
            return false;
        }
        catch (Exception e) when (e is TemplateRenderException or InvalidOperationException or ArgumentException or FormatException)
        {
            var cause = Theme.FirstLine(e.Message);
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.TemplateError, location,
                $"สร้างหน้าด้วยแม่แบบ '{name}' ไม่สำเร็จ: {cause}", $"rendering with layout '{name}' failed: {cause}"));
            return false;
        }
    }
}
