using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Gives every heading an id from <see cref="ThaiSlugger"/>, unless the author set one with <c>{#id}</c>.
/// Ids the theme itself uses (<c>main-content</c> for the skip link) are never handed out again.
/// </summary>
internal sealed class HeadingIdsExtension(IReadOnlySet<string> themeIds) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AssignIds;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void AssignIds(MarkdownDocument document)
    {
        var ids = new ThaiSlugger.UniqueIds(themeIds);
        var headings = MarkdownTree.AllNodes(document).OfType<HeadingBlock>().ToList();
        foreach (var heading in headings)
        {
            if (heading.TryGetAttributes()?.Id is { } explicitId)
            {
                ids.Reserve(explicitId);
            }
        }

        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            attributes.Id ??= ids.Next(InlineText.Of(heading.Inline));
        }
    }
}
