using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>A YAML, CSV or text file under <c>input/_data/</c>. <see cref="Key"/> is its path without extension, e.g. <c>ita_results</c> or <c>oit/2566</c>.</summary>
/// <param name="Yaml">A YAML file's parsed nodes, with line numbers, so a reader of its own (the OIT catalogs, complaint channels) can report a wrong value at its line; null for CSV, text or bad YAML.</param>
/// <param name="Table">A CSV file's header and rows; null for YAML.</param>
public sealed record DataFile(string Key, string DisplayPath, object? Value, YamlNode? Yaml = null, CsvTable? Table = null)
{
    /// <summary>
    /// Where the value of <paramref name="column"/> in row <paramref name="row"/> (from 0) is written: its cell in a CSV
    /// file, its value in a YAML list of mappings; else the file itself.
    /// </summary>
    public SourceLocation CellLocation(int row, string column)
    {
        if (Table is { } table && row < table.Rows.Count)
        {
            for (var i = 0; i < table.Header.Count; i++)
            {
                if (table.Header[i] == column)
                {
                    var cell = table.Rows[row].Cells[i];
                    return new SourceLocation(DisplayPath, cell.Line, cell.Column);
                }
            }
        }

        if (Yaml is YamlSequenceNode list && row < list.Children.Count && list.Children[row] is YamlMappingNode mapping
            && mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: var key } && key == column).Value is { } value)
        {
            return YamlDocumentReader.LocationOf(value, DisplayPath, 1);
        }

        return new SourceLocation(DisplayPath);
    }
}
