using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Search;
using Portal.Site;

namespace Portal.Output;

/// <summary>What an output sees: the site model and every rendered page with its text, headings and metadata.</summary>
/// <param name="Pages">Rendered pages in URL order; pages that failed to render are absent.</param>
public sealed record OutputContext(SiteModel Site, IReadOnlyList<RenderedPage> Pages, DiagnosticBag Diagnostics)
{
    /// <summary>The text of PDF attachments, kept by the session between builds.</summary>
    public PdfTextCache PdfTexts { get; init; } = new();
}
