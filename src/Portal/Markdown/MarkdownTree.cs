using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown;

/// <summary>
/// The nodes of a parsed page of one type, in document order: a block, then its inlines, then the blocks
/// inside it. One walk with a stack reused by the thread; Markdig's <c>Descendants</c> allocates an
/// iterator and a stack for each container, which made the dozen walks of a page a sixth of the render stage.
/// </summary>
internal static class MarkdownTree
{
    private static readonly object AllNodesKey = new();

    [ThreadStatic]
    private static Stack<MarkdownObject>? _pending;

    /// <summary>
    /// Every node of the document, walked once and kept on it: the pipeline's steps after parsing and the
    /// page's checks all read this list. Whoever changes the tree's shape calls <see cref="Forget"/>.
    /// </summary>
    public static IReadOnlyList<MarkdownObject> AllNodes(MarkdownDocument document)
    {
        if (document.GetData(AllNodesKey) is List<MarkdownObject> known)
        {
            return known;
        }

        var nodes = Nodes<MarkdownObject>(document);
        document.SetData(AllNodesKey, nodes);
        return nodes;
    }

    /// <summary>The tree has changed shape: the next <see cref="AllNodes"/> walks it again.</summary>
    public static void Forget(MarkdownDocument document) => document.RemoveData(AllNodesKey);

    /// <summary>Every node below <paramref name="root"/> that is a <typeparamref name="T"/>; a list, so the caller may change the tree while going through it.</summary>
    public static List<T> Nodes<T>(MarkdownObject root)
        where T : MarkdownObject
    {
        var found = new List<T>();
        var pending = _pending ??= new Stack<MarkdownObject>();
        pending.Clear();
        PushChildren(root, pending);
        while (pending.TryPop(out var node))
        {
            if (node is T match)
            {
                found.Add(match);
            }

            PushChildren(node, pending);
        }

        return found;
    }

    /// <summary>Pushed last to first, so they come off the stack in order.</summary>
    private static void PushChildren(MarkdownObject node, Stack<MarkdownObject> pending)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    pending.Push(container[i]);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                pending.Push(inline);
                break;
            case ContainerInline container:
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }

                break;
        }
    }
}
