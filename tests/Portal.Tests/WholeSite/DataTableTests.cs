using System.Text;
using System.Text.Json;
using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// A data-table page publishes a CSV or YAML data file as an accessible table, stacked as cards on a phone, with a chart
/// when asked and CSV (UTF-8 with BOM) and JSON downloads beside it; a bad CSV or a column the file lacks is an error at its line.
/// </summary>
public sealed class DataTableTests
{
    [Fact]
    public void A_csv_file_becomes_a_table_with_caption_scopes_right_aligned_numbers_thai_months_and_card_labels()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var table = built.Page("/complaints/statistics-2566/").QuerySelector("main table.app-table--stacked")!;
            Assert.Equal("จำนวนเรื่องร้องเรียนรายเดือน ปีงบประมาณ พ.ศ. 2566", table.QuerySelector("caption")!.TextContent);
            Assert.Equal(["เดือน", "รับเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
            var rows = table.QuerySelectorAll("tbody tr");
            Assert.Equal(["ตุลาคม 2565", "พฤศจิกายน 2565", "ธันวาคม 2565"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
            var cells = rows[2].QuerySelectorAll("td");
            Assert.Equal(["12", "10", "2"], cells.Select(td => td.TextContent));
            Assert.All(cells, td => Assert.Contains("app-table__cell--numeric", td.ClassList));
            Assert.Equal(["รับเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], cells.Select(td => td.GetAttribute("data-label")));
            Assert.DoesNotContain("app-table__header--numeric", table.QuerySelector("thead th")!.ClassList);
        }
    }

    [Fact]
    public void A_yaml_list_becomes_a_table_with_thai_dates_and_grouped_amounts()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var rows = built.Page("/open-data/procurement-2566/").QuerySelectorAll("main table tbody tr");
            Assert.Equal(["31 ตุลาคม 2565", "จัดซื้อวัสดุสำนักงาน", "12,500.50"], rows[0].Children.Select(c => c.TextContent));
            Assert.Equal("1,250,000", rows[1].Children[2].TextContent);
        }
    }

    [Fact]
    public void The_statistics_page_draws_a_bar_chart_with_one_series_per_named_column()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var svg = built.Page("/complaints/statistics-2566/").QuerySelector("main figure svg")!;
            Assert.Equal("เรื่องร้องเรียนรายเดือน", svg.QuerySelector("title")!.TextContent);
            Assert.Contains("ดำเนินการแล้วเสร็จ", svg.TextContent, StringComparison.Ordinal);
            Assert.Contains("ธันวาคม 2565", svg.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chart_of_counts_prints_them_as_whole_numbers()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var svg = built.Page("/complaints/statistics-2566/").QuerySelector("main figure svg")!;
            Assert.Equal(["3", "2", "1", "0", "0", "0", "12", "10", "2"], svg.QuerySelectorAll("text.app-chart__value").Select(t => t.TextContent));
        }
    }

    [Fact]
    public void A_chart_of_values_written_with_decimals_prints_every_value_with_as_many()
    {
        using var site = TempSite.Create("citizen");
        File.WriteAllText(Path.Combine(site.InputDirectory, "open-data", "procurement-chart.md"), """
            ---
            title: กราฟการจัดซื้อจัดจ้าง
            kind: data-table
            data: procurement-2566
            caption: วงเงินการจัดซื้อจัดจ้าง
            chart:
              label: item
              values: [amount]
              title: วงเงิน (บาท)
            ---
            """);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var svg = built.Page("/open-data/procurement-chart/").QuerySelector("main figure svg")!;
        Assert.Equal(["12500.50", "1250000.00"], svg.QuerySelectorAll("text.app-chart__value").Select(t => t.TextContent));
    }

    [Fact]
    public void The_downloads_are_linked_beside_the_table_as_csv_with_a_bom_and_json_with_numbers()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var links = built.Page("/complaints/statistics-2566/").QuerySelectorAll(".app-downloads a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["/data/complaint-statistics-2566.csv", "/data/complaint-statistics-2566.json"], links);
            Assert.Empty(built.BrokenLinks("complaints/statistics-2566/index.html"));

            var csv = built.Bytes("data/complaint-statistics-2566.csv");
            Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
            var lines = Encoding.UTF8.GetString(csv[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
            Assert.Equal(["month,received,finished,in_progress,note", "2022-10,3,2,1,\"เรื่องถนน, ไฟฟ้า\"", "2022-11,0,0,0,", "2022-12,12,10,2,รวมเรื่องร้องเรียน"], lines);

            using var json = JsonDocument.Parse(built.Bytes("data/procurement-2566.json"));
            var first = json.RootElement[0];
            Assert.Equal(12500.50m, first.GetProperty("amount").GetDecimal());
            Assert.Equal("จัดซื้อวัสดุสำนักงาน", first.GetProperty("item").GetString());
        }
    }

    [Fact]
    public void A_data_table_page_depends_on_its_data_file_so_a_change_to_the_file_renders_it_again()
    {
        using var site = TempSite.Create("citizen");
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);

        session.Build(new Portal.Output.MemoryTarget());

        var statistics = Assert.Single(session.Dependencies, d => d.Url == "/complaints/statistics-2566/");
        Assert.Contains("complaint-statistics-2566", statistics.Data);
        Assert.DoesNotContain("complaint-statistics-2566", Assert.Single(session.Dependencies, d => d.Url == "/open-data/procurement-2566/").Data);
    }

    [Fact]
    public void A_ragged_row_a_non_utf_8_byte_a_missing_column_and_a_missing_file_are_errors_at_their_lines()
    {
        using var site = TempSite.Create("error-data-table");

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
        string At(string file, string marker) => $"{site.Display(file)}:{ExpectedDiagnostics.Locate("error-data-table", file, marker).Line}";
        var errors = built.Result.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Code.Id} {d.Location.Path}:{d.Location.Line}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            $"PT085 {site.Display("_data/ragged.csv")}:3",
            $"PT085 {site.Display("_data/ragged.csv")}:4",
            $"PT086 {site.Display("_data/tis620.csv")}:2",
            $"PT087 {At("columns.md", "- key: recieved")}",
            $"PT087 {At("columns.md", "[finishd]")}",
            $"PT088 {At("missing.md", "data: goood")}",
        }.Order(StringComparer.Ordinal), errors);
        var notUtf8 = built.Result.Diagnostics.Single(d => d.Code.Id == "PT086");
        Assert.Equal(9, notUtf8.Location.Column);
        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT087" && d.EnglishMessage.Contains("did you mean 'received'", StringComparison.Ordinal));
        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT088" && d.EnglishMessage.Contains("did you mean 'good'", StringComparison.Ordinal));
    }
}
