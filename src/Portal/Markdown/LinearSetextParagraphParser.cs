using Markdig.Parsers;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Markdig's paragraph parser, with setext headings (a line of <c>===</c> or <c>---</c> under text) in constant
/// time each. Markdig turns such a paragraph into a heading by removing the paragraph from its parent, and the
/// removal searches the parent's children from the first (<c>ContainerBlock.Remove</c> uses <c>IndexOf</c>): a page
/// of 400,000 short setext headings took 55 s. Here the paragraph, always its parent's last child while open, is
/// first moved into a container of its own, where the removal finds it at once; if Markdig keeps it (no heading
/// after all), it goes back where it was. Markdig's own parser does everything else, so the result is the same.
/// </summary>
internal sealed class LinearSetextParagraphParser : ParagraphBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (!MayBecomeSetextHeading(processor, block) || block.Parent is not { } parent || !ReferenceEquals(parent.LastChild, block))
        {
            return base.TryContinue(processor, block);
        }

        var index = parent.Count - 1;
        parent.RemoveAt(index);
        var alone = new SingleBlockContainer();
        alone.Add(block);
        var state = base.TryContinue(processor, block);
        if (ReferenceEquals(block.Parent, alone))
        {
            // Back at its place: a link reference definition read meanwhile may have added its group after it.
            alone.RemoveAt(0);
            parent.Insert(index, block);
        }

        return state;
    }

    /// <summary>
    /// A line that starts with <c>=</c> or <c>-</c> under an open paragraph, where Markdig would make a heading
    /// wherever the paragraph stands: the one case in which it removes the paragraph. Lazy lines in a quote or a list
    /// item depend on the parent's kind, which moving the paragraph would hide, so they are left to Markdig as they are.
    /// </summary>
    private bool MayBecomeSetextHeading(BlockProcessor processor, Block block) =>
        ParseSetextHeadings && !processor.TrackTrivia && !processor.IsBlankLine && !processor.IsCodeIndent
        && processor.CurrentChar is '=' or '-'
        && (!processor.IsLazy || block.Column == processor.Column || block.Parent is not (QuoteBlock or ListItemBlock));

    /// <summary>Holds the paragraph while Markdig decides; never part of a document.</summary>
    private sealed class SingleBlockContainer() : ContainerBlock(null);
}
