using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Keeps only harmless attributes from <c>{…}</c> generic attributes: ids, classes and <c>lang</c>.
/// Anything else (<c>onclick</c>, <c>style</c>…) is dropped, so content cannot run script or break the
/// content security policy. Raw HTML is disabled in the pipeline for the same reason.
/// </summary>
public sealed class SafeAttributesExtension : IMarkdownExtension
{
    private static readonly HashSet<string> AllowedProperties = new(StringComparer.OrdinalIgnoreCase) { "lang" };

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += RemoveUnsafeAttributes;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void RemoveUnsafeAttributes(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                properties.RemoveAll(p => !AllowedProperties.Contains(p.Key));
            }
        }
    }
}
