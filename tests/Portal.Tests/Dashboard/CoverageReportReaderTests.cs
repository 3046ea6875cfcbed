using System.Text;
using Portal.Features.Dashboard;
using Portal.Features.Oit;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Dashboard;

/// <summary>The coverage.json contract as the dashboard checks it (<see cref="CoverageReportReader"/>; docs/dashboard.md, "coverage.json").</summary>
public sealed class CoverageReportReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    /// <summary>What OitCoverageOutput writes, with one item of each status.</summary>
    private const string Valid = """
        {"year":2570,"as_of":"2026-12-06","items":[
          {"code":"O1","title":"โครงสร้าง","status":"covered","verified":true,"evidence":[{"url":"https://www.example.go.th/about/","title":"โครงสร้าง","fiscal_year":2570}]},
          {"code":"O2","title":"ข้อมูลผู้บริหาร","status":"stale","verified":false,"evidence":[{"url":"https://www.example.go.th/files/a.pdf","title":"ผู้บริหาร","fiscal_year":null}]},
          {"code":"O10","title":"แผนดำเนินงาน","status":"draft","verified":false,"evidence":[]},
          {"code":"O3","title":"อำนาจหน้าที่","status":"missing","verified":false,"evidence":[]}],
         "summary":{"total":4,"covered":1,"stale":1,"draft":1,"missing":1}}
        """;

    [Fact]
    public void A_report_as_OitCoverageOutput_writes_it_is_read_with_each_item_status()
    {
        var (report, problem) = Read(Valid);

        Assert.Null(problem);
        Assert.Equal(new DateOnly(2026, 12, 6), report!.AsOf);
        Assert.Equal([("O1", OitStatus.Covered), ("O2", OitStatus.Stale), ("O10", OitStatus.Draft), ("O3", OitStatus.Missing)], report.Items.Select(i => (i.Code, i.Status)));
    }

    [Fact]
    public void Every_coverage_json_a_Portal_site_writes_is_read_as_it_is()
    {
        var (site, built) = TempSite.CreateAndBuild("oit");
        using (site)
        {
            var reports = Directory.GetFiles(Path.Combine(built.OutputDirectory, "ita"), "coverage.json", SearchOption.AllDirectories);
            Assert.NotEmpty(reports);
            foreach (var path in reports)
            {
                var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(path))!, System.Globalization.CultureInfo.InvariantCulture);
                var (report, problem) = CoverageReportReader.Read(File.ReadAllBytes(path), year, TempSite.Today, text => text);
                Assert.True(problem is null, $"{path}: {problem?.EnglishMessage}");
                Assert.NotEmpty(report!.Items);
            }
        }
    }

    [Fact]
    public void Unknown_properties_are_allowed_so_the_contract_can_grow()
    {
        var (report, problem) = Read(Valid.Replace("\"year\":2570,", "\"year\":2570,\"generator\":{\"name\":\"portal\"},", StringComparison.Ordinal));

        Assert.Null(problem);
        Assert.Equal(4, report!.Items.Count);
    }

    [Theory]
    [InlineData("\"year\":2570", "\"year\":2569", "the report is for 2569, not 2570")]
    [InlineData("\"year\":2570", "\"year\":\"2570\"", "year must be a whole number")]
    [InlineData("\"as_of\":\"2026-12-06\"", "\"as_of\":\"2026-13-01\"", "as_of '2026-13-01' is not a Gregorian YYYY-MM-DD date")]
    [InlineData("\"as_of\":\"2026-12-06\"", "\"as_of\":\"2027-01-01\"", "as_of 2027-01-01 is in the future")]
    [InlineData("\"status\":\"covered\"", "\"status\":\"done\"", "items[0].status 'done' must be covered, stale, draft or missing")]
    [InlineData("\"code\":\"O1\"", "\"code\":\"O1; DROP\"", "items[0].code 'O1; DROP' is not an OIT item code")]
    [InlineData("\"code\":\"O2\"", "\"code\":\"O1\"", "the code O1 appears twice")]
    [InlineData("\"title\":\"โครงสร้าง\",\"status\"", "\"title\":\"<script>alert(1)</script>\",\"status\"", "items[0].title is empty or holds < or > (markup): '<script>alert(1)</script>'")]
    [InlineData("\"title\":\"โครงสร้าง\",\"status\"", "\"title\":\"\\u202Eโครงสร้าง\",\"status\"", "items[0].title holds a control or bidirectional-override character")]
    [InlineData("\"verified\":true", "\"verified\":\"yes\"", "items[0].verified must be true or false")]
    [InlineData("https://www.example.go.th/about/", "javascript:alert(1)", "items[0].evidence[0].url 'javascript:alert(1)' is not an http(s) URL")]
    [InlineData("https://www.example.go.th/about/", "file:///etc/passwd", "is not an http(s) URL")]
    [InlineData("\"fiscal_year\":2570", "\"fiscal_year\":99999999", "fiscal_year is not a Buddhist-era fiscal year")]
    [InlineData("\"total\":4", "\"total\":5", "summary.total is 5, but items count 4")]
    [InlineData("\"covered\":1,", "\"covered\":1e300,", "summary.covered must be a whole number")]
    [InlineData("\"missing\":1}", "\"missing\":-1}", "summary.missing must be a whole number")]
    [InlineData("\"summary\":{", "\"summary\":{\"total\":4},\"x\":{", "summary.covered is missing")]
    [InlineData("\"year\":2570,", "\"year\":2570,\"year\":2570,", "year appears twice")]
    public void A_report_that_breaks_a_rule_is_refused_whole_with_the_rule_named(string find, string replace, string reason)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);

        var (report, problem) = Read(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(report);
        Assert.Equal("PT110", problem!.Code.Id);
        Assert.Contains(reason, problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_and_broken_JSON_are_refused_without_reading_further()
    {
        var deep = "{\"year\":2570,\"items\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        Assert.Contains("nested deeper than 8", Read(deep).Problem!.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Read(Valid[..200]).Problem!.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Read("\uFEFF\u0000").Problem!.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("must be an object", Read("[]").Problem!.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void More_items_than_any_catalog_has_are_refused_before_they_are_read()
    {
        var items = string.Join(',', Enumerable.Range(1, CoverageReportReader.MaxItems + 1).Select(i => $"{{\"code\":\"O{i}\",\"title\":\"t\",\"status\":\"missing\",\"verified\":false,\"evidence\":[]}}"));
        var json = $"{{\"year\":2570,\"as_of\":\"2026-12-06\",\"items\":[{items}],\"summary\":{{\"total\":201,\"covered\":0,\"stale\":0,\"draft\":0,\"missing\":201}}}}";

        Assert.Contains("201 items, more than 200", Read(json).Problem!.EnglishMessage, StringComparison.Ordinal);
    }

    private static (CoverageReport? Report, SourceProblem? Problem) Read(string json) =>
        CoverageReportReader.Read(Encoding.UTF8.GetBytes(json), 2570, Today, text => text);
}
