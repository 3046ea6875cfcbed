using System.Text;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

[Collection(CliRunner.Collection)]
public sealed class OitCliTests
{
    [Fact]
    public void Coverage_prints_the_json_and_csv_the_build_writes()
    {
        var (site, built) = OitFixture.Build("oit");
        using (site)
        {
            var json = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--format", "json", "--as-of", "2026-12-06");
            var csv = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--format", "csv", "--as-of", "2026-12-06");

            Assert.Equal((0, built.Text("ita/2566/coverage.json")), (json.ExitCode, json.StandardOutput));
            Assert.Equal(Encoding.UTF8.GetString(built.Bytes("ita/2566/coverage.csv")), csv.StandardOutput);
        }
    }

    [Fact]
    public void The_real_process_dates_its_build_by_source_date_epoch_in_bangkok_and_prints_the_buddhist_era()
    {
        using var site = TempSite.Create("oit-today");

        // 2026-12-05 17:30 UTC is already 6 December in Bangkok.
        var coverage = CliRunner.RunProcessAt("1796491800", site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2569");
        var build = CliRunner.RunProcessAt("1796491800", site.Root, "build", "--theme", site.ThemeDirectory);
        var earlier = CliRunner.RunProcessAt("1773532800", site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2569", "--format", "json");
        var overridden = CliRunner.RunProcessAt("1796491800", site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2569", "--as-of", "2026-03-15", "--format", "json");

        Assert.Equal("OIT ปีงบประมาณ พ.ศ. 2569 ข้อมูล ณ วันที่ 6 ธันวาคม 2569 (OIT 2569 as of 2026-12-06)", coverage.OutputLines[0]);
        Assert.Contains("O1   stale    สรุปผลการจัดซื้อจัดจ้างรายเดือน — ยังไม่ครบทุกเดือน (มี 6 จาก 12 เดือน)", coverage.OutputLines);
        Assert.Contains("สถานะ OIT นับ ณ วันที่ 6 ธันวาคม 2569 (OIT statuses as of 2026-12-06)", build.OutputLines);
        Assert.Contains("\"as_of\": \"2026-03-15\"", earlier.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(earlier.StandardOutput, overridden.StandardOutput);
    }

    [Fact]
    public void Coverage_table_lists_each_item_with_its_status_and_urls_and_the_summary()
    {
        using var site = TempSite.Create("oit");

        var result = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--as-of", "2024-02-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("OIT ปีงบประมาณ พ.ศ. 2566 ข้อมูล ณ วันที่ 1 กุมภาพันธ์ 2567 (OIT 2566 as of 2024-02-01)", result.OutputLines[0]);
        Assert.StartsWith("รายการปี 2566 ยังไม่ได้ตรวจทานกับคู่มือ ITA", result.OutputLines[1], StringComparison.Ordinal);
        Assert.Contains("O4   missing  ข้อมูลเชิงสถิติ — ยังไม่มีข้อมูล [ยังไม่ยืนยันกับคู่มือ ITA]", result.OutputLines);
        Assert.Contains("             ที่มา (source): title from a school ITA 2566 site", result.OutputLines);
        Assert.Contains("             หมายเหตุ (note): ถ้อยคำยังไม่ได้อ่าน", result.OutputLines);
        Assert.Contains("             https://example.go.th/about/", result.OutputLines);
        Assert.Equal("ทั้งหมด 5: covered 1, stale 2, draft 1, missing 1", result.OutputLines[^1]);
    }

    [Theory]
    [InlineData("missing", 1)]
    [InlineData("stale,draft", 1)]
    [InlineData("covered", 1)]
    public void Fail_on_exits_1_when_a_listed_status_occurs(string statuses, int exitCode)
    {
        using var site = TempSite.Create("oit");

        var result = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--fail-on", statuses);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains("--fail-on", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_exits_0_when_no_listed_status_occurs_and_as_of_moves_the_monthly_rule()
    {
        using var site = TempSite.Create("oit");

        Assert.Equal(0, CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2567", "--fail-on", "missing,stale,draft").ExitCode);
        var early = CliRunner.Run(site.Root, "coverage", "--theme", site.ThemeDirectory, "--year", "2566", "--as-of", "2022-11-30", "--format", "json");
        Assert.Contains("\"code\": \"O5\",\n      \"title\": \"สรุปผลการจัดซื้อจัดจ้างรายเดือน\",\n      \"status\": \"covered\"", early.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_as_of_a_date_counts_only_the_months_due_by_then()
    {
        using var site = TempSite.Create("oit");

        var result = CliRunner.Run(site.Root, "build", "--theme", site.ThemeDirectory, "--as-of", "2022-11-30");

        Assert.Equal(0, result.ExitCode);
        var o5 = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "ita", "2566", "coverage.json")))
            .RootElement.GetProperty("items")[4];
        Assert.Equal(("O5", "covered"), (o5.GetProperty("code").GetString(), o5.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("--year", "2570")]
    [InlineData("--year", "2566", "--fail-on", "gone")]
    [InlineData("--year", "2566", "--as-of", "2566-01-01")]
    [InlineData("--year", "2566", "--format", "xml")]
    public void A_year_without_a_catalog_or_a_bad_option_is_a_usage_error(params string[] arguments)
    {
        using var site = TempSite.Create("oit");

        Assert.Equal(2, CliRunner.Run(site.Root, ["coverage", "--theme", site.ThemeDirectory, .. arguments]).ExitCode);
    }
}
