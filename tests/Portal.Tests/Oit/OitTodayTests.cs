using System.Text.Json;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>
/// Statuses at the day of the build (issue 21, points 1, 2 and 4) on the oit-today fixture, whose one catalog is 2569:
/// O1 monthly with October 2568 to March 2569, O2 monthly with the same months but December, O3 annual of 2569 with
/// 2569 evidence, O4 annual of the year before with 2569 evidence, O5 claimed by a draft only, O6 unclaimed, unverified
/// and with a source and a note. Built on a day in fiscal year 2569 and on a day in 2570.
/// </summary>
public sealed class OitTodayTests
{
    private static readonly DateOnly InFiscal2569 = new(2026, 3, 15);

    [Fact]
    public void A_build_in_2569_counts_the_months_up_to_the_as_of_month_and_every_status_occurs()
    {
        using var site = TempSite.Create("oit-today");

        var built = site.Build(asOf: InFiscal2569);

        Assert.Equal(["covered", "stale", "covered", "stale", "draft", "missing"], Statuses(built));
        Assert.Equal("2026-03-15", Report(built).GetProperty("as_of").GetString());
        var months = MonthStates(built, "o1");
        Assert.Equal([.. Enumerable.Repeat("มีข้อมูล", 6), .. Enumerable.Repeat("ยังไม่ถึงกำหนด", 6)], months);
        Assert.Equal([.. Enumerable.Repeat("มีข้อมูล", 2), "ยังไม่มี", .. Enumerable.Repeat("มีข้อมูล", 3), .. Enumerable.Repeat("ยังไม่ถึงกำหนด", 6)], MonthStates(built, "o2"));
        Assert.Contains("มีข้อมูล 6 จาก 6 เดือนที่ถึงกำหนดแล้ว (ข้อมูล ณ 15 มีนาคม 2569)", built.Page("/ita/2569/o1/").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_dated_2026_12_06_shows_every_2569_month_due_and_stale_where_months_are_missing()
    {
        using var site = TempSite.Create("oit-today");

        var built = site.Build(asOf: new DateOnly(2026, 12, 6));

        Assert.Equal(["stale", "stale", "covered", "stale", "draft", "missing"], Statuses(built));
        Assert.Equal([.. Enumerable.Repeat("มีข้อมูล", 6), .. Enumerable.Repeat("ยังไม่มี", 6)], MonthStates(built, "o1"));
        Assert.Equal("ยังไม่ครบทุกเดือน (มี 6 จาก 12 เดือน)", built.Page("/ita/2569/o1/").QuerySelector(".app-oit-status")!.TextContent);
        Assert.Contains("(ข้อมูล ณ 6 ธันวาคม 2569)", built.Page("/ita/2569/").QuerySelector(".app-oit-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ข้อมูล ณ 6 ธันวาคม 2569", built.Page("/ita/2569/coverage/").QuerySelector(".app-oit-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_pages_show_no_source_note_verification_per_item_or_staff_instruction_and_the_year_says_it_is_unchecked()
    {
        using var site = TempSite.Create("oit-today");

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Empty(OitPublicText.Problems(built));
        Assert.Equal("ยังไม่มีข้อมูลที่เผยแพร่สำหรับรายการนี้", built.Page("/ita/2569/o6/").QuerySelector(".app-oit-item__heading + p")!.TextContent);
        Assert.Single(built.Page("/ita/2569/").QuerySelectorAll(".app-oit-unverified"));
        Assert.Single(built.Page("/ita/2569/coverage/").QuerySelectorAll(".app-oit-unverified"));
        Assert.False(Report(built).GetProperty("items")[5].GetProperty("verified").GetBoolean());
    }

    [Fact]
    public void A_page_may_not_claim_an_item_of_a_year_without_a_catalog()
    {
        using var site = TempSite.Create("oit-today");
        File.WriteAllText(Path.Combine(site.InputDirectory, "plan-2570.md"), "---\ntitle: แผน 2570\nfiscal_year: 2570\noit: [\"2570/O3\"]\n---\nแผน\n");

        var built = site.Build();

        var problem = Assert.Single(built.Result.Diagnostics, d => d.Code.Id == "PT042");
        Assert.Contains("there is no OIT catalog for 2570", problem.EnglishMessage, StringComparison.Ordinal);
        Assert.False(built.Result.Succeeded);
    }

    [Fact]
    public void In_fiscal_2570_without_its_catalog_the_ita_page_says_the_nacc_has_not_published_it_and_what_happens_when_it_does()
    {
        using var site = TempSite.Create("oit-today");

        var in2570 = site.Build(asOf: new DateOnly(2026, 12, 6)).Page("/ita/").QuerySelector(".app-oit-current")!.TextContent;
        var in2569 = site.Build(asOf: InFiscal2569).Page("/ita/");

        Assert.Contains("ปีงบประมาณ พ.ศ. 2570 ซึ่งเริ่มเมื่อ 1 ตุลาคม 2569 เป็นปีปัจจุบัน สำนักงาน ป.ป.ช. ยังไม่ได้ประกาศรายการ OIT ของปีนี้", in2570, StringComparison.Ordinal);
        Assert.Contains("เทศบาลจะจัดทำรายการของปี 2570 โดยเริ่มจากรายการปีล่าสุดที่มี แล้วตรวจทานทีละรายการกับคู่มือการประเมินฉบับใหม่", in2570, StringComparison.Ordinal);
        Assert.Null(in2569.QuerySelector(".app-oit-current"));
        Assert.Equal(["/ita/2569/"], in2569.QuerySelectorAll(".app-oit-years__link").Select(a => a.GetAttribute("href")));
    }

    private static JsonElement Report(BuiltSite built) => JsonDocument.Parse(built.Text("ita/2569/coverage.json")).RootElement;

    private static List<string?> Statuses(BuiltSite built) =>
        [.. Report(built).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString())];

    private static List<string> MonthStates(BuiltSite built, string code) =>
        [.. built.Page($"/ita/2569/{code}/").QuerySelectorAll(".app-oit-months__state").Select(s => s.TextContent)];
}
