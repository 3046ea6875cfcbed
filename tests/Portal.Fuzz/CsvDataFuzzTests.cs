using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Fuzz;

/// <summary>
/// Random CSV files in <c>input/_data/</c>, published by a data-table page with a chart (class 9 of issue 18): the
/// build never fails unexpectedly (what <c>portal build</c> reports as exit 3), it either succeeds or reports
/// diagnostics at a line of the CSV file, and what it publishes holds no control character or noncharacter and no CSV
/// cell that starts a formula (class 10).
/// </summary>
public sealed class CsvDataFuzzTests
{
    private const string Page = "---\ntitle: ตาราง\nkind: data-table\ndata: case\ncaption: ตาราง\nchart:\n  label: label\n  values: [value]\n  title: กราฟ\n---\n";

    private static readonly int PageLines = Page.Count(c => c == '\n');

    private static readonly string[] Syntax = [",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t"];

    private static readonly string[] Values =
    [
        "label", "value", "note", "ก", "น้ำ", "\u0E4D\u0E32", "๑๒", "ประกาศ", "\u200B", "\u2028", "\uFEFF",
        "=", "+", "-", "@", "=HYPERLINK(", "1", "0", "-5", "3.25", "0.0000001", "1e28", "10000000000000000000000000000",
        "79228162514264337593543950336", "1000000000000001", "NaN", "Infinity", "1,000",
    ];

    private static readonly string[] Refused = ["\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\uFFFE", "\uFFFF", "\uFDD0", "\U0001FFFE"];

    /// <summary>A few pieces: mostly values, sometimes CSV syntax, rarely a character the rule refuses.</summary>
    private static Gen<string> Pieces =>
        Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(Gen.Frequency(
            (40, Gen.Elements(Values)), (6, Gen.Elements(Syntax)), (1, Gen.Elements(Refused))), count)).Select(string.Concat);

    /// <summary>Pieces as they are, or quoted well, so that commas, quotes and line breaks also reach the published table.</summary>
    private static Gen<string> Cell => Gen.Frequency(
        (3, Pieces),
        (1, Pieces.Select(text => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));

    /// <summary>A charted value: mostly a count or an amount, sometimes any cell.</summary>
    private static Gen<string> Value => Gen.Frequency(
        (3, Gen.Choose(0, 1_000_000).Select(n => (n / 100m).ToString(CultureInfo.InvariantCulture))),
        (1, Cell));

    /// <summary>Three rows of a table the page can chart, each cell hostile.</summary>
    private static Gen<string> Table =>
        Gen.ArrayOf(Cell, 6).Zip(Gen.ArrayOf(Value, 3), (cells, values) =>
            $"label,value,note\n{cells[0]},{values[0]},{cells[1]}\n{cells[2]},{values[1]},{cells[3]}\n{cells[4]},{values[2]},{cells[5]}\n");

    private static Gen<string> Csv => Gen.Frequency(
        (4, Table),
        (1, Gen.ListOf(Pieces).Select(string.Concat)));

    /// <summary>Mostly UTF-8, so that most files get as far as the chart and the downloads; sometimes with bytes that are not.</summary>
    private static Gen<byte[]> CsvBytes => Gen.Frequency(
        (9, Csv.Select(Encoding.UTF8.GetBytes)),
        (1, HostileInput.Bytes(Csv)));

    [Fact]
    public void Any_csv_data_file_builds_or_is_reported_at_its_lines_and_publishes_no_control_character_or_formula()
    {
        using var site = FuzzSite.Create();
        site.Write("tables/case.md", Page);
        var property = Prop.ForAll(CsvBytes.ToArbitrary(), bytes =>
        {
            site.WriteBytes("_data/case.csv", bytes);

            var result = site.Build();

            var csvPath = Path.Combine(site.Input, "_data", "case.csv").Replace('\\', '/');
            var pagePath = Path.Combine(site.Input, "tables", "case.md").Replace('\\', '/');
            if (result.Succeeded)
            {
                foreach (var published in new[] { "tables/case/index.html", "data/case.csv", "data/case.json" })
                {
                    var content = File.ReadAllText(Path.Combine(site.Output, published));
                    Assert.True(ContentCharacters.IsAllowed(content), $"{published} holds a refused character");
                }

                AssertNoFormula(File.ReadAllText(Path.Combine(site.Output, "data", "case.csv")));
            }

            // A file whose header lacks a charted column is reported at the page that names it (PT087).
            var text = Encoding.UTF8.GetString(bytes);
            var lines = ContentCharacters.Position(text, text.Length).Line;
            Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d =>
            {
                Assert.Contains(d.Location.Path, new[] { csvPath, pagePath });
                Assert.InRange(d.Location.Line, 1, d.Location.Path == csvPath ? lines : PageLines);
                Assert.True(d.Location.Column >= 1);
            });
        });

        FuzzBudget.Run(property);
    }

    /// <summary>No cell starts a formula (=, +, -, @, tab, CR, or spaces before one of the first four) unless it is a plain number.</summary>
    private static void AssertNoFormula(string csv)
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvDataReader.Read(Encoding.UTF8.GetBytes(csv), "data/case.csv", diagnostics);
        Assert.True(table is not null, "the written CSV does not read back: " + string.Join("; ", diagnostics.Select(d => d.EnglishMessage)));
        foreach (var cell in table.Rows.SelectMany(r => r.Cells).Select(c => c.Text).Concat(table.Header))
        {
            var formula = cell.Length > 0 && (cell[0] is '\t' or '\r' || cell.TrimStart() is ['=' or '+' or '-' or '@', ..]);
            Assert.False(formula && !CsvDataReader.TryParseNumber(cell, out _), $"the cell \"{cell}\" starts a formula");
        }
    }
}
