using System.Text;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Output;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 9 of issue 18: a CSV file under <c>input/_data/</c> is checked as a page is, whether or not a page uses it
/// (characters, quotes, header names, size), a chart refuses the numbers it cannot draw at their cell, and nothing in a
/// CSV file stops the build with an unexpected error (exit 3).
/// </summary>
public sealed class CsvDataTests
{
    private const string DataPath = "_data/case.csv";

    private const string TablePage = "tables/case.md";

    [Theory]
    [InlineData("a,,\n1,2,3\n", "1:3 1:4")]
    [InlineData("a,b,a\n1,2,3\n", "1:5")]
    [InlineData("name, name \n1,2\n", "1:6")]
    [InlineData(" ,b\n1,2\n", "1:1")]
    [InlineData("café,cafe\u0301\n1,2\n", "1:6")]
    [InlineData("น\u0E4D\u0E32,น\u0E33\n1,2\n", "1:5")]
    [InlineData("\"a\nb\",\"a\nb\"\n1,2\n", "2:4")]
    public void Empty_or_repeated_header_names_are_PT093_at_their_cell_even_when_no_page_uses_the_file_class_9_csv_data(string csv, string expected)
    {
        using var site = HostileSite.Create();
        site.Write(DataPath, csv);

        var result = site.BuildFailing();

        Assert.Equal(expected, At(result, DiagnosticCode.CsvHeaderName, site.Display(DataPath)));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\U0001FFFE")]
    [InlineData("\U0010FFFF")]
    public void Control_characters_and_noncharacters_are_PT025_at_their_line_and_column_and_never_published_class_9_csv_data(string character)
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        foreach (var (csv, expected) in new[]
        {
            ($"label,value,note\nก,1,\"ข{character}\"\n", "2:7"),
            ($"label,value{character},note\nก,1,ข\n", "1:12"),
            ($"label,value,note\nก,1,ข\nค,2,ง{character}\n", "3:6"),
        })
        {
            site.Write(DataPath, csv);

            var result = site.BuildFailing();

            Assert.Equal(expected, At(result, DiagnosticCode.ForbiddenCharacter, site.Display(DataPath)));
        }
    }

    [Theory]
    [InlineData("label,value,note\nก,1,\"ข\n", "2:5")]
    [InlineData("label,value,note\nก,1,ข\"ค\n", "2:6")]
    [InlineData("label,value,note\nก,1,\"ข\"ค\n", "2:8")]
    [InlineData("label,value,note\nก,1, \"ข\"\n", "2:6")]
    [InlineData("label,value,note\nก,1,ข\"\nค,2,\"ง\" \n", "2:6 3:8")]
    [InlineData("label,value,\"note\nก,1,ข\n", "1:13")]
    public void Malformed_quotes_are_PT094_at_their_line_and_column_instead_of_silently_joined_or_cut_cells_class_9_csv_data(string csv, string expected)
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        site.Write(DataPath, csv);

        var result = site.BuildFailing();

        Assert.Equal(expected, At(result, DiagnosticCode.CsvQuoting, site.Display(DataPath)));
    }

    [Theory]
    [InlineData("10000000000000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1000000000000001")]
    [InlineData("1e28")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-5")]
    [InlineData("-0.5")]
    [InlineData("0.1234567")]
    [InlineData("\"1,000\"")]
    [InlineData("๑๒")]
    public void Numbers_a_chart_cannot_draw_are_PT095_at_their_cell_class_9_csv_data(string value)
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        site.Write(DataPath, $"label,value,note\nก,1,x\nข,{value},y\n");

        var result = site.BuildFailing();

        Assert.Equal("3:3", At(result, DiagnosticCode.UndrawableChartValue, site.Display(DataPath)));
    }

    [Fact]
    public void A_yaml_table_value_a_chart_cannot_draw_is_PT095_at_its_value_class_9_csv_data()
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        site.Write("_data/case.yml", "- label: ก\n  value: 3\n- label: ข\n  value: -5\n- label: ค\n  value: 1e28\n");

        var result = site.BuildFailing();

        Assert.Equal("4:10 6:10", At(result, DiagnosticCode.UndrawableChartValue, site.Display("_data/case.yml")));
    }

    [Fact]
    public void A_table_with_more_rows_than_a_page_shows_is_PT096_at_the_page_instead_of_a_page_of_hundreds_of_megabytes_class_9_csv_data()
    {
        using var site = HostileSite.Create();
        site.WritePage(TablePage, "title: ตาราง\nkind: data-table\ndata: case\ncaption: ตารางทดสอบ");
        site.Write(DataPath, "label,value,note\n" + string.Concat(Enumerable.Repeat("ก,1,ข\n", Portal.Features.Citizen.DataTableKind.MostRows + 1)));

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display(TablePage), 4, 1), HostileSite.Single(result, DiagnosticCode.TooManyRows).Location);
    }

    [Fact]
    public void A_chart_of_more_rows_than_it_draws_is_PT096_at_the_chart_key_class_9_csv_data()
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        site.Write(DataPath, "label,value,note\n" + string.Concat(Enumerable.Repeat("ก,1,ข\n", Rendering.BarChart.MostCategories + 1)));

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display(TablePage), 6, 1), HostileSite.Single(result, DiagnosticCode.TooManyRows).Location);
    }

    [Fact]
    public void A_csv_file_over_the_size_limit_of_a_page_is_PT027_class_9_csv_data()
    {
        using var site = HostileSite.Create();
        var row = "ก,1,ข\n";
        site.Write(DataPath, "label,value,note\n" + string.Concat(Enumerable.Repeat(row, (int)(TextFileReader.MaxBytes / Encoding.UTF8.GetByteCount(row)) + 1)));

        var result = site.BuildFailing();

        Assert.Equal(site.Display(DataPath), HostileSite.Single(result, DiagnosticCode.FileTooLarge).Location.Path);
    }

    [Fact]
    public void No_hostile_csv_file_stops_the_build_and_none_publishes_a_control_character_or_a_formula_class_9_csv_data()
    {
        using var site = HostileSite.Create();
        WriteTablePage(site);
        var cases = HostileCsvFiles().ToList();
        Assert.True(cases.Count > 100, $"only {cases.Count} cases");
        var published = 0;

        // One session, as `portal serve` keeps while staff edit the file: it reads the changed file again each time.
        var session = new BuildSession(site.Site.Options(), PortalFeatures.Parts);
        foreach (var csv in cases)
        {
            site.Write(DataPath, csv);
            var target = new MemoryTarget();

            // An exception escaping here is what `portal build` reports as exit 3.
            var result = session.Build(target);

            var context = $"for the CSV {Quoted(csv)}:\n{TempSite.Describe(result.Diagnostics)}";
            if (result.Succeeded)
            {
                published++;
                foreach (var path in new[] { "tables/case/index.html", "data/case.csv", "data/case.json" })
                {
                    var text = Encoding.UTF8.GetString(target.Files[path]);
                    Assert.True(ContentCharacters.IsAllowed(text), $"{path} holds a refused character {context}");
                }

                AssertNoFormula(target.Files["data/case.csv"], context);
            }
            else
            {
                var lines = ContentCharacters.Position(csv, csv.Length).Line;
                Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d =>
                {
                    Assert.True(d.Location.Path == site.Display(DataPath), $"an error not at the CSV file {context}");
                    Assert.True(d.Location.Line >= 1 && d.Location.Line <= lines && d.Location.Column >= 1, $"an error outside the file {context}");
                });
            }
        }

        // Both outcomes are exercised: the cases are not all refused, nor all published.
        Assert.InRange(published, cases.Count / 4, cases.Count * 3 / 4);
    }

    /// <summary>Every cell of a written CSV file: none starts a formula unless it is a plain number.</summary>
    internal static void AssertNoFormula(byte[] csv, string context)
    {
        var text = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        var rows = CsvParser.Parse(text, "written.csv", []);
        Assert.True(rows is not null, $"the written CSV does not parse {context}");
        foreach (var cell in rows.SelectMany(r => r.Cells).Select(c => c.Text))
        {
            var formula = cell.Length > 0 && (cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' || cell.TrimStart() is ['=' or '+' or '-' or '@', ..]);
            Assert.False(formula && !CsvDataReader.TryParseNumber(cell, out _), $"the cell {Quoted(cell)} starts a formula {context}");
        }
    }

    /// <summary>
    /// Hostile cells (quotes, separators, line ends, controls, noncharacters, huge and odd numbers, formulas, Thai
    /// spellings) put in each place of a small table: the header, a label, a charted value, a note; and whole files.
    /// </summary>
    private static IEnumerable<string> HostileCsvFiles()
    {
        string[] cells =
        [
            "", " ", "ก", "น้ำ", "\u0E4D\u0E32", "๑๒๓", "\"ก, ข\"", "\"ก\nข\"", "\"ก\r\nข\"", "\"\"", "\"\"\"\"", "\"", "ก\"ข", "\"ก\"ข", " \"ก\"",
            "=1+1", "+1", "-1", "-", "@SUM(A1)", "\"\t=1\"", "\"\r=1\"", "\" =1\"", "=HYPERLINK(\"\"x\"\")", "\"=HYPERLINK(\"\"x\"\")\"",
            "1e28", "10000000000000000000000000000", "79228162514264337593543950336", "-79228162514264337593543950335", "0.0000000000000000000000000001",
            "NaN", "Infinity", "-Infinity", "1,000", "1000000000000000", "0.000001",
            "\u0000", "\u0001", "\u0085", "\uFFFE", "\U0010FFFF", "\uFDD0", "\u200B", "\uFEFF", "\u2028", "\r", ",,,,",
        ];
        foreach (var cell in cells)
        {
            yield return $"label,value,note\nก,1,x\nข,{cell},y\n";
            yield return $"label,value,note\n{cell},1,x\n";
            yield return $"label,value,note\nก,1,{cell}\n";
            yield return $"label,value,{cell}\nก,1,x\n";
        }

        yield return "";
        yield return "\n\n\n";
        yield return "\uFEFF";
        yield return "\"";
        yield return "label,value,note";
        yield return "label,value,note\r\nก,1,x\r\n";
        yield return "label,value,note\rก,1,x\rข,2,y";
        yield return "label,value\nก,1\n";
        yield return "label,value,note\nก,1\nข,2,y,z\n";
        yield return string.Concat(Enumerable.Repeat("\"", 1001));
        yield return "label,value,note\n" + string.Concat(Enumerable.Repeat("ก,1,\"x\"\"\"\n", Rendering.BarChart.MostCategories));
    }

    private static void WriteTablePage(HostileSite site) =>
        site.WritePage(TablePage, "title: ตาราง\nkind: data-table\ndata: case\ncaption: ตารางทดสอบ\nchart:\n  label: label\n  values: [value]\n  title: กราฟ");

    /// <summary>The line:column of each diagnostic with <paramref name="code"/>, all at <paramref name="path"/>, in order.</summary>
    private static string At(BuildResult result, DiagnosticCode code, string path)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count > 0, $"expected {code}, got:\n{TempSite.Describe(result.Diagnostics)}");
        Assert.All(matches, d => Assert.Equal(path, d.Location.Path));
        return string.Join(' ', matches.Select(d => $"{d.Location.Line}:{d.Location.Column}").Order(StringComparer.Ordinal));
    }

    private static string Quoted(string text) => ContentCharacters.OnOneLine(text.Length > 80 ? text[..80] + "…" : text);
}
