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

    /// <summary>Renders the page, and records in <paramref name="dependencies"/> what it read.</summary>
    /// <exception cref="UnexpectedBuildException">Something the build did not expect went wrong with this page.</exception>
    public RenderedPage? Render(Page page, ICollection<Diagnostic> diagnostics, out PageDependencies dependencies)
    {
        var links = new RecordingLinkTargets(_links);
        var rendered = UnexpectedBuildException.Guard(page.Source?.DisplayPath ?? _theme.LayoutPath(page.Layout), () => Render(page, links, diagnostics));
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
        if (RenderTemplate(layout, page.Layout, context, location, diagnostics) is not { } inner)
        {
            return null;
        }

        context.SetValue("content", LiquidValues.Html(inner));
        return RenderTemplate(baseLayout, Theme.BaseLayout, context, location, diagnostics) is { } html
            ? new RenderedPage(page, KeepWordSpans.Utf8(html, _keepWords), body?.Toc ?? [], body?.Outline ?? MarkdownOutline.Empty, body is null ? PackedText.Empty : PackedText.From(body.Text))
            : null;
    }

    /// <summary>Renders one layout; a failure names that layout, so a mistake in <c>base</c> reads the same on every page and is reported once.</summary>
    private static string? RenderTemplate(IFluidTemplate template, string name, TemplateContext context, SourceLocation location, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            return template.Render(context, Theme.Encoder);
        }
        catch (ParseException)
        {
            // An included partial does not parse: Theme.Load has reported it once, at its own line.
            return null;
        }
        catch (Exception e) when (e is TemplateRenderException or InvalidOperationException or ArgumentException or FormatException)
        {
            var cause = Theme.FirstLine(e.Message);
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.TemplateError, location,
                $"สร้างหน้าด้วยแม่แบบ '{name}' ไม่สำเร็จ: {cause}", $"rendering with layout '{name}' failed: {cause}"));
            return null;
        }
    }
}
