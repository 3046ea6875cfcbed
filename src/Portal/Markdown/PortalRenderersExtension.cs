using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>Swaps Markdig's table and container renderers for ours; registered after the extensions that add them.</summary>
public sealed class PortalRenderersExtension : IMarkdownExtension
{
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
    }
}
