using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Portal.Markdown;

/// <summary>
/// Renders <c>:::note</c> and <c>:::warning</c> containers as callouts with a visible label, so the
/// kind of message is in the text and not only in its colour. The label is the text after the kind
/// (<c>:::note ข้อควรทราบ</c>), else the kind's Thai name. Other kinds are reported by <see cref="CalloutChecker"/>.
/// </summary>
internal sealed class CalloutRenderer : HtmlCustomContainerRenderer
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var container = obj;
        if (container.Info is null || !CalloutChecker.Labels.TryGetValue(container.Info, out var label))
        {
            base.Write(renderer, container);
            return;
        }

        if (!string.IsNullOrWhiteSpace(container.Arguments))
        {
            label = container.Arguments.Trim();
        }

        var kind = container.Info.ToLowerInvariant();
        var attributes = container.GetAttributes();
        attributes.Classes?.Remove(container.Info);
        attributes.AddClass("app-callout");
        attributes.AddClass($"app-callout--{kind}");
        attributes.AddProperty("role", "note");
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(container).WriteLine(">");
        renderer.Write("<p class=\"app-callout__title\">").WriteEscape(label).WriteLine("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
