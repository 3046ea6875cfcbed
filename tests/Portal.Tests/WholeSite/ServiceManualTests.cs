using AngleSharp.Dom;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>Service manuals (kind: service): the step-by-step page, "none" written out, /services/ grouped by unit, and every mistake at its line.</summary>
public sealed class ServiceManualTests
{
    [Fact]
    public void A_manual_shows_its_steps_in_order_with_time_and_unit_and_the_total()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var page = built.Page("/services/water-permit/");
            var steps = page.QuerySelectorAll("ol.app-step-nav > li.app-step-nav__step");
            Assert.Equal(["ยื่นคำขอและตรวจเอกสาร", "ตรวจสถานที่", "พิจารณาอนุญาตและแจ้งผล"],
                steps.Select(s => s.QuerySelector(".app-step-nav__title")!.ChildNodes.OfType<IText>().Last().Text.Trim()));
            Assert.Equal(["15 นาที", "กองช่าง"], steps[0].QuerySelectorAll("dd").Select(d => d.TextContent));
            Assert.Equal("3 วันทำการ 15 นาที", page.QuerySelector(".app-step-nav__total strong")!.TextContent);
            Assert.Equal(["ช่องทางและเวลาให้บริการ", "หลักเกณฑ์ วิธีการ และเงื่อนไข", "ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ", "เอกสารที่ต้องใช้",
                "ค่าธรรมเนียม", "กฎหมายที่เกี่ยวข้อง", "แบบฟอร์ม", "ช่องทางร้องเรียน"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        }
    }

    [Fact]
    public void Documents_and_fees_are_tables_with_header_scope_numbers_right_aligned_and_card_labels()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var page = built.Page("/services/water-permit/");
            var documents = page.QuerySelector("#documents + table.app-table--stacked")!;
            Assert.Equal("รายการเอกสารหลักฐานประกอบการยื่นคำขอ", documents.QuerySelector("caption")!.TextContent);
            Assert.All(documents.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            var firstRow = documents.QuerySelectorAll("tbody tr")[0];
            Assert.Equal("row", firstRow.QuerySelector("th")!.GetAttribute("scope"));
            Assert.Equal(["ฉบับจริง", "สำเนา", "หน่วยงานที่ออกเอกสาร"], firstRow.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
            var amount = page.QuerySelector("#fees + table tbody td")!;
            Assert.Equal("1,500.00", amount.TextContent);
            Assert.Contains("app-table__cell--numeric", amount.ClassList);
            Assert.Equal("/files/forms/water-request.txt", page.QuerySelector("#forms + ul a")!.GetAttribute("href"));
            Assert.Equal("tel:038000000", page.QuerySelector(".app-service-channels__phone a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_manual_with_no_documents_or_fees_says_so_in_words()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var page = built.Page("/services/resident-certificate/");
            Assert.Equal("ไม่มี", page.QuerySelector("#documents + p")!.TextContent);
            Assert.Equal("ไม่มีค่าธรรมเนียม", page.QuerySelector("#fees + p")!.TextContent);
            Assert.Null(page.QuerySelector("#documents + table"));
            Assert.Equal("30 นาที", page.QuerySelector(".app-step-nav__total strong")!.TextContent);
        }
    }

    [Fact]
    public void The_services_page_groups_the_manuals_by_their_unit()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var sections = built.Page("/services/").QuerySelectorAll("main section.app-section");
            Assert.Equal(["กองช่าง", "สำนักปลัดเทศบาล"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
            Assert.Equal(["/services/water-permit/"], sections[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            Assert.Equal(["/services/resident-certificate/"], sections[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Every_mistake_in_a_manual_is_reported_at_its_line_and_nothing_is_written()
    {
        using var site = TempSite.Create("error-service");

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
        string At(string marker) => $"{ExpectedDiagnostics.Locate("error-service", "services/broken.md", marker).Line}";
        var found = built.Result.Diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Code.Id} {d.Location.Line}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = new[]
        {
            $"PT017 1",                         // fees is missing
            $"PT080 {At("unit:")}",             // empty unit
            $"PT005 {At("channels:")}",         // channels is text, not a list
            $"PT081 {At("-5 นาที")}",           // negative duration
            $"PT081 {At("- title: พิจารณา")}",  // a step without a duration
            $"PT081 {At("เร็วที่สุด")}",         // a duration without a number and unit
            $"PT080 {At("documents: []")}",     // an empty list instead of ไม่มี
            $"PT005 {At("legal_basis:")}",      // text instead of a list
        }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found);
        Assert.All(built.Result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal(site.Display("services/broken.md"), d.Location.Path));
        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT080" && d.ThaiMessage.Contains("ไม่มี", StringComparison.Ordinal));
    }
}
