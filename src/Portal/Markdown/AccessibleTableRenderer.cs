using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Portal.Markdown;

/// <summary>
/// Wraps each table in a keyboard-focusable, labelled region that scrolls sideways on a phone, instead
/// of letting a wide Thai table push the whole page wider than the screen.
/// </summary>
public sealed class AccessibleTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        table.GetAttributes().AddClass("app-table");
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"app-table-wrapper\" role=\"region\" aria-label=\"ตาราง (เลื่อนดูด้านข้างได้)\" tabindex=\"0\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
