using Portal.Content;

namespace Portal.Output;

/// <summary>
/// How every CSV the site or the CLI writes spells a row (<c>ita/&lt;year&gt;/coverage.csv</c>, <c>portal coverage
/// --format csv</c>, <c>data/&lt;file&gt;.csv</c>): each cell is neutralised against formula injection
/// (<see cref="Neutralise"/>), then quoted as RFC 4180 asks when it holds a comma, a quote or a line break, its quotes
/// doubled. Auditors and residents open these files in Excel or LibreOffice, which would run a cell that starts a formula.
/// </summary>
public static class CsvCells
{
    /// <summary>The cells of one row, neutralised and quoted, joined by commas; the writer adds its own line end.</summary>
    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell));

    public static string Cell(string value)
    {
        var safe = Neutralise(value);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    /// <summary>
    /// OWASP's advice against CSV injection: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return gets a single quote <c>'</c> in front, so a spreadsheet shows it as text instead of running it
    /// (<c>=HYPERLINK(…)</c> in an OIT title). Leading spaces do not hide a formula: LibreOffice can trim them on import,
    /// so the first character after them counts too. A cell that is wholly a number as the data files write one
    /// (<c>-5</c>, <c>+3</c>, <c>-0.25</c>: <see cref="CsvDataReader.TryParseNumber"/>) is
    /// left as it is: it is a figure the municipality published, and a spreadsheet reads it as that number, never as a
    /// formula, where a quote would turn it into text. Anything else that starts so, even a lone <c>-</c>, is prefixed.
    /// </summary>
    public static string Neutralise(string value) => StartsFormula(value) && !IsNumber(value) ? "'" + value : value;

    private static bool StartsFormula(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        if (value[0] is '\t' or '\r')
        {
            return true;
        }

        var trimmed = value.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@';
    }

    private static bool IsNumber(string value) => CsvDataReader.TryParseNumber(value, out _);
}
