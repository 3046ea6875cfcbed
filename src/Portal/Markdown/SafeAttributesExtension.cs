using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Keeps only harmless attributes from <c>{…}</c> generic attributes: ids, classes and <c>lang</c>.
/// Anything else (<c>onclick</c>, <c>style</c>…) is dropped, so content cannot run script or break the
/// content security policy, and remembered on the node so that the page's author is told
/// (<see cref="Check"/>). Raw HTML is disabled in the pipeline for the same reason.
/// </summary>
internal sealed class SafeAttributesExtension : IMarkdownExtension
{
    private static readonly object DroppedKey = new();

    private static readonly HashSet<string> AllowedProperties = new(StringComparer.OrdinalIgnoreCase) { "lang" };

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += RemoveUnsafeAttributes;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void RemoveUnsafeAttributes(MarkdownDocument document)
    {
        foreach (var node in MarkdownTree.AllNodes(document))
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                var dropped = properties.Where(p => !AllowedProperties.Contains(p.Key)).Select(p => p.Key).ToList();
                if (dropped.Count > 0)
                {
                    properties.RemoveAll(p => !AllowedProperties.Contains(p.Key));
                    node.SetData(DroppedKey, dropped);
                }
            }
        }
    }

    /// <summary>Warns, at each node, of the attributes that were dropped from it.</summary>
    public static void Check(IReadOnlyList<MarkdownObject> nodes, SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        foreach (var node in nodes)
        {
            if (node.GetData(DroppedKey) is List<string> dropped)
            {
                var names = string.Join(", ", dropped);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCode.DroppedAttribute, new SourceLocation(file.DisplayPath, node.Line + 1, node.Column + 1),
                    $"ไม่แสดงแอตทริบิวต์ {names} เพราะอาจไม่ปลอดภัย ใน {{…}} ใช้ได้เฉพาะ #id, .class และ lang",
                    $"the attribute(s) {names} were dropped for safety; {{…}} keeps only #id, .class and lang"));
            }
        }
    }
}
