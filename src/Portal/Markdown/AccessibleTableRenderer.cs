using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Writes pipe and grid tables for phones and screen readers: every table has a caption (its number on the
/// page and the heading it sits under, "ตารางที่ 2 การรับรู้ของเจ้าหน้าที่"), header cells carry
/// <c>scope="col"</c>, and each data cell names its column in <c>data-label</c>, which the theme shows when
/// it stacks the rows on a phone. Column alignment is a class rather than Markdig's inline <c>style</c>,
/// which the content security policy forbids. The wrapper lets a table that is still too wide scroll by
/// itself; it becomes a focusable, named region only when it does overflow (the theme's script decides,
/// since only the browser knows the width). Grid-table column widths are left to CSS.
/// </summary>
internal sealed class AccessibleTableRenderer : HtmlObjectRenderer<Table>
{
    private static readonly object CaptionKey = new();

    /// <summary>Captions the tables of a page in document order: "ตารางที่ N", then the nearest heading above the table.</summary>
    public static void NumberTables(MarkdownDocument document)
    {
        var number = 0;
        string? heading = null;
        foreach (var block in MarkdownTree.AllNodes(document))
        {
            if (block is HeadingBlock headingBlock)
            {
                heading = InlineText.Of(headingBlock.Inline);
            }
            else if (block is Table table)
            {
                number++;
                table.SetData(CaptionKey, string.Create(CultureInfo.InvariantCulture, $"ตารางที่ {number}{(string.IsNullOrEmpty(heading) ? "" : " " + heading)}"));
            }
        }
    }

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        table.GetAttributes().AddClass("app-table");
        var caption = table.GetData(CaptionKey) as string ?? "ตารางที่ 1";
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"app-table-wrapper\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        renderer.Write("<caption class=\"app-table__caption\">").WriteEscape(caption).WriteLine("</caption>");
        var columnNames = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
            ? header.OfType<TableCell>().Select(CellText).ToList()
            : [];

        var inHeader = false;
        var inBody = false;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader && !inHeader && !inBody)
            {
                renderer.WriteLine("<thead>");
                inHeader = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                if (inHeader)
                {
                    renderer.WriteLine("</thead>");
                    inHeader = false;
                }

                renderer.WriteLine("<tbody>");
                inBody = true;
            }

            WriteRow(renderer, table, row, columnNames);
        }

        renderer.WriteLine(inBody ? "</tbody>" : inHeader ? "</thead>" : "");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, List<string> columnNames)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
        var position = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
            if (cell.ColumnSpan != 1)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColumnSpan}\""));
            }

            if (cell.RowSpan != 1)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\""));
            }

            if (!row.IsHeader && position < columnNames.Count && columnNames[position].Length > 0)
            {
                renderer.Write(" data-label=\"").WriteEscape(columnNames[position]).Write('"');
            }

            if (Alignment(table, cell, position) is { } alignment)
            {
                cell.GetAttributes().AddClass($"app-table__cell--align-{alignment}");
            }

            renderer.WriteAttributes(cell).Write(">");
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = cell.Count == 1;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            position++;
        }

        renderer.WriteLine("</tr>");
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", MarkdownTree.Nodes<LeafBlock>(cell).Select(leaf => InlineText.Of(leaf.Inline)).Where(text => text.Length > 0));

    private static string? Alignment(Table table, TableCell cell, int position)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return null;
        }

        var index = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(position, columns.Count - 1);
        return columns[index].Alignment switch
        {
            TableColumnAlign.Left => "left",
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            _ => null,
        };
    }
}
