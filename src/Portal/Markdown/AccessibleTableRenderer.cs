using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Writes pipe and grid tables for phones and screen readers: each table sits in a keyboard-focusable,
/// labelled region that scrolls sideways (a wide Thai table must not widen the whole page), header
/// cells carry <c>scope="col"</c>, and column alignment is a class rather than Markdig's inline
/// <c>style</c>, which the content security policy forbids. Grid-table column widths are left to CSS.
/// </summary>
public sealed class AccessibleTableRenderer : HtmlObjectRenderer<Table>
{
    private static readonly object NumberKey = new();

    /// <summary>Numbers the tables of a page, so each scrolling region has its own name ("ตารางที่ 2").</summary>
    public static void NumberTables(MarkdownDocument document)
    {
        var number = 0;
        foreach (var table in document.Descendants<Table>())
        {
            table.SetData(NumberKey, ++number);
        }
    }

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        table.GetAttributes().AddClass("app-table");
        var number = table.GetData(NumberKey) is int n ? n : 1;
        renderer.EnsureLine();
        renderer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<div class=\"app-table-wrapper\" role=\"region\" aria-label=\"ตารางที่ {number} (เลื่อนดูด้านข้างได้)\" tabindex=\"0\">"));
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");

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

            WriteRow(renderer, table, row);
        }

        renderer.WriteLine(inBody ? "</tbody>" : inHeader ? "</thead>" : "");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
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
