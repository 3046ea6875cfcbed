using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Swaps Markdig's table and container renderers for ours and names the footnote back-links; registered after
/// the extensions that add them.
/// </summary>
internal sealed class PortalRenderersExtension : IMarkdownExtension
{
    /// <summary>The back-link's content: the arrow for the eye, a Thai name for screen readers.</summary>
    public const string FootnoteBackLink = "<span aria-hidden=\"true\">&#8617;</span><span class=\"app-visually-hidden\">กลับไปยังข้อความที่อ้างถึง</span>";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AccessibleTableRenderer.NumberTables;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer || r.GetType() == typeof(HtmlCustomContainerRenderer));
        html.ObjectRenderers.Add(new AccessibleTableRenderer());
        html.ObjectRenderers.Add(new CalloutRenderer());

        // Markdig writes the back-link as a bare "↩", which a screen reader reads as an arrow or not at all.
        if (html.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>() is { } footnoteLinks)
        {
            footnoteLinks.BackLinkString = FootnoteBackLink;
        }
    }
}
