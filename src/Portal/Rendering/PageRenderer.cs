using System.Text;
using Fluid;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// The render stage for one page: Markdown to HTML, then the page's layout, then the base layout
/// around it. Safe to call from many threads at once; every problem becomes a diagnostic.
/// </summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly MarkdownRenderer _markdown;
    private readonly PageModelFactory _models;
    private readonly ILinkTargets _links;

    public PageRenderer(SiteModel site, Theme theme, MarkdownRenderer markdown)
    {
        _theme = theme;
        _markdown = markdown;
        _models = new PageModelFactory(site, new SiteNavigation(site));
        _links = new SiteLinkTargets(site);
    }

    public RenderedPage? Render(Page page, ICollection<Diagnostic> diagnostics)
    {
        var body = page.Source is null ? null : _markdown.Render(page.Source, _links, diagnostics);
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

        try
        {
            var context = new TemplateContext(_theme.Options);
            context.SetValue("site", _models.Site);
            context.SetValue("data", _models.Data);
            context.SetValue("page", _models.Page(page, body));
            var inner = layout.Render(context, Theme.Encoder);
            context.SetValue("content", LiquidValues.Html(inner));
            var html = baseLayout.Render(context, Theme.Encoder);
            return new RenderedPage(page.Url, page.OutputPath, Encoding.UTF8.GetBytes(html));
        }
        catch (Exception e) when (e is TemplateRenderException or ParseException or InvalidOperationException or ArgumentException or FormatException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.TemplateError, location,
                $"สร้างหน้าด้วยแม่แบบ '{page.Layout}' ไม่สำเร็จ: {e.Message}", $"rendering with layout '{page.Layout}' failed: {e.Message}"));
            return null;
        }
    }
}
