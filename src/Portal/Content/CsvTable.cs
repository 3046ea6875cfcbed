namespace Portal.Content;

/// <summary>A CSV data file as read: its header and its rows, each row with the file line it starts on.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvTable.Row> Rows)
{
    public sealed record Row(int Line, IReadOnlyList<Cell> Cells);

    /// <summary>A cell's text (quotes removed, doubled quotes made single) and where it starts in the file, for diagnostics.</summary>
    public sealed record Cell(string Text, int Line, int Column);
}
