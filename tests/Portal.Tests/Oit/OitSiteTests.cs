using System.Text;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

public sealed class OitSiteTests(OitFixture fixture) : IClassFixture<OitFixture>
{
    private BuiltSite Built => fixture.Built;

    [Fact]
    public void The_fixture_builds_without_problems()
    {
        Assert.True(Built.Result.Succeeded, TempSite.Describe(Built.Result.Diagnostics));
    }

    [Fact]
    public void Coverage_json_is_the_design_shape_with_absolute_urls_and_every_status()
    {
        Assert.Equal("""
            {
              "year": 2566,
              "as_of": "2026-12-06",
              "items": [
                {
                  "code": "O1",
                  "title": "โครงสร้าง",
                  "status": "covered",
                  "verified": true,
                  "evidence": [
                    {
                      "url": "https://example.go.th/about/",
                      "title": "โครงสร้างเทศบาล",
                      "fiscal_year": null
                    }
                  ]
                },
                {
                  "code": "O2",
                  "title": "แผนดำเนินงาน",
                  "status": "stale",
                  "verified": true,
                  "evidence": [
                    {
                      "url": "https://example.go.th/plan-2565/",
                      "title": "แผนดำเนินงาน 2565",
                      "fiscal_year": 2565
                    }
                  ]
                },
                {
                  "code": "O3",
                  "title": "รายงานผลประจำปี",
                  "status": "draft",
                  "verified": true,
                  "evidence": []
                },
                {
                  "code": "O4",
                  "title": "ข้อมูลเชิงสถิติ",
                  "status": "missing",
                  "verified": false,
                  "evidence": []
                },
                {
                  "code": "O5",
                  "title": "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
                  "status": "stale",
                  "verified": true,
                  "evidence": [
                    {
                      "url": "https://example.go.th/files/procurement-2022-10.txt",
                      "title": "สรุปผล ตุลาคม 2565",
                      "fiscal_year": 2566
                    },
                    {
                      "url": "https://example.go.th/files/procurement-2022-11.txt",
                      "title": "สรุปผล พฤศจิกายน 2565",
                      "fiscal_year": 2566
                    }
                  ]
                }
              ],
              "summary": {
                "total": 5,
                "covered": 1,
                "stale": 2,
                "draft": 1,
                "missing": 1
              }
            }

            """.ReplaceLineEndings("\n"), Built.Text("ita/2566/coverage.json"));
    }

    [Fact]
    public void Coverage_csv_is_utf_8_with_a_bom_crlf_rows_whether_each_item_is_verified_and_the_as_of_date()
    {
        var expected = "\uFEFF" +
            "รหัส,ชื่อรายการ,สถานะ,ยืนยันกับคู่มือ ITA,ข้อมูล ณ วันที่,URL\r\n" +
            "O1,โครงสร้าง,ครบถ้วน (covered),ยืนยันแล้ว,2026-12-06,https://example.go.th/about/\r\n" +
            "O2,แผนดำเนินงาน,มีข้อมูลแต่ไม่ตรงปีที่กำหนด (stale),ยืนยันแล้ว,2026-12-06,https://example.go.th/plan-2565/\r\n" +
            "O3,รายงานผลประจำปี,มีเฉพาะฉบับร่าง ยังไม่เผยแพร่ (draft),ยืนยันแล้ว,2026-12-06,\r\n" +
            "O4,ข้อมูลเชิงสถิติ,ยังไม่มีข้อมูล (missing),ยังไม่ยืนยัน,2026-12-06,\r\n" +
            "O5,สรุปผลการจัดซื้อจัดจ้างรายเดือน,ยังไม่ครบทุกเดือน (มี 2 จาก 12 เดือน) (stale),ยืนยันแล้ว,2026-12-06," +
            "\"https://example.go.th/files/procurement-2022-10.txt\nhttps://example.go.th/files/procurement-2022-11.txt\"\r\n";
        var bytes = Built.Bytes("ita/2566/coverage.csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
    }

    [Fact]
    public void The_year_index_lists_items_in_catalog_order_under_their_sub_indicators_with_status_words()
    {
        var page = Built.Page("/ita/2566/");

        Assert.Equal(["ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง"],
            page.QuerySelectorAll(".app-oit-indicator__subtitle").Select(h => h.TextContent));
        Assert.Equal(["/ita/2566/o1/", "/ita/2566/o2/", "/ita/2566/o3/", "/ita/2566/o4/", "/ita/2566/o5/"],
            page.QuerySelectorAll(".app-oit-list__link").Select(a => a.GetAttribute("href")));
        Assert.Equal(["ครบถ้วน", "มีข้อมูลแต่ไม่ตรงปีที่กำหนด", "มีเฉพาะฉบับร่าง ยังไม่เผยแพร่", "ยังไม่มีข้อมูล", "ยังไม่ครบทุกเดือน (มี 2 จาก 12 เดือน)"],
            page.QuerySelectorAll(".app-oit-status").Select(s => s.TextContent));
        Assert.Equal(["app-oit-status--covered", "app-oit-status--stale", "app-oit-status--draft", "app-oit-status--missing", "app-oit-status--stale"],
            page.QuerySelectorAll(".app-oit-status").Select(s => s.ClassList[^1]));
        Assert.Equal(["รายการของปีนี้ยังไม่ได้ตรวจทานกับคู่มือการประเมิน ITA ของสำนักงาน ป.ป.ช."], page.QuerySelectorAll(".app-oit-unverified").Select(u => u.TextContent));
        Assert.Empty(Built.Page("/ita/2567/").QuerySelectorAll(".app-oit-unverified"));
    }

    [Fact]
    public void An_item_page_shows_the_requirement_the_data_year_rule_and_its_evidence()
    {
        var page = Built.Page("/ita/2566/o2/");

        Assert.Equal("O2 แผนดำเนินงาน", page.QuerySelector("h1")!.TextContent);
        var values = page.QuerySelectorAll(".app-summary-list__value").Select(v => v.TextContent).ToList();
        Assert.Contains("แผนที่ใช้ในปี 2566", values);
        Assert.Contains("ต้องเป็นข้อมูลของปีงบประมาณ พ.ศ. 2566", values);
        var row = page.QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["แผนดำเนินงาน 2565", "ไม่ระบุ", "2565", "ไม่ตรง"], row);
        Assert.Equal("/plan-2565/", page.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Equal("ต้องเป็นข้อมูลของปีงบประมาณ พ.ศ. 2565", Built.Page("/ita/2566/o3/").QuerySelectorAll(".app-summary-list__value")[2].TextContent);
    }

    [Fact]
    public void An_attachment_as_evidence_links_the_file_and_the_page_that_carries_it_and_every_cell_keeps_its_label_on_phones()
    {
        var rows = Built.Page("/ita/2566/o5/").QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(["หน้าหรือเอกสาร", "วันที่", "ปีงบประมาณ", "ตรงตามปีที่กำหนด"], row.QuerySelectorAll("td").Select(c => c.GetAttribute("data-label")));
            Assert.Equal("/procurement/", row.QuerySelectorAll("a")[1].GetAttribute("href"));
            Assert.Contains("(เอกสารแนบของหน้า สรุปผลการจัดซื้อจัดจ้าง)", row.QuerySelector("td")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Equal("/files/procurement-2022-10.txt", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_history_page_gives_each_years_counts_newest_first_linked_to_its_coverage_page_and_the_ita_page_links_it()
    {
        var page = Built.Page("/ita/history/");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();

        Assert.Equal([["พ.ศ. 2567", "1", "0", "0", "0", "1"], ["พ.ศ. 2566", "1", "2", "1", "1", "5"]], rows);
        Assert.Equal(["/ita/2567/coverage/", "/ita/2566/coverage/"], page.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Contains("ข้อมูล ณ 6 ธันวาคม 2569", page.QuerySelector(".app-oit-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Built.BrokenLinks("ita/history/index.html"));
    }

    [Fact]
    public void A_monthly_item_shows_twelve_months_from_october_with_those_present()
    {
        var months = Built.Page("/ita/2566/o5/").QuerySelectorAll(".app-oit-months__month").ToList();

        Assert.Equal(["ต.ค. 2565", "พ.ย. 2565", "ธ.ค. 2565", "ม.ค. 2566", "ก.พ. 2566", "มี.ค. 2566", "เม.ย. 2566", "พ.ค. 2566", "มิ.ย. 2566", "ก.ค. 2566", "ส.ค. 2566", "ก.ย. 2566"],
            months.Select(m => m.QuerySelector(".app-oit-months__name")!.TextContent));
        Assert.Equal(["มีข้อมูล", "มีข้อมูล", .. Enumerable.Repeat("ยังไม่มี", 10)],
            months.Select(m => m.QuerySelector(".app-oit-months__state")!.TextContent));
    }

    [Fact]
    public void A_claiming_page_and_attachment_carry_a_badge_linking_to_the_item_page()
    {
        var about = Built.Page("/about/").QuerySelector(".app-oit-badges__link")!;
        Assert.Equal(("OIT 2566 · O1", "/ita/2566/o1/"), (about.TextContent, about.GetAttribute("href")));

        var attachment = Built.Page("/procurement/").QuerySelectorAll(".app-attachments__item .app-oit-badges__link").Select(a => a.TextContent);
        Assert.Equal(["OIT 2566 · O5 · ต.ค. 2565", "OIT 2566 · O5 · พ.ย. 2565"], attachment);
        Assert.Empty(Built.Page("/").QuerySelectorAll(".app-oit-badges"));
    }

    [Fact]
    public void Each_year_has_its_own_pages_and_reports_and_every_oit_link_resolves()
    {
        Assert.Equal("covered", System.Text.Json.JsonDocument.Parse(Built.Text("ita/2567/coverage.json")).RootElement.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.False(Built.Exists("ita/2567/o2/index.html"));
        foreach (var file in Built.HtmlFiles().Where(f => f.StartsWith("ita/", StringComparison.Ordinal)))
        {
            Assert.Empty(Built.BrokenLinks(file));
        }

        Assert.False(Built.Exists("report-draft/index.html"));
    }

    [Fact]
    public void A_drafts_build_links_the_draft_evidence_marked_as_a_draft_but_the_item_stays_draft()
    {
        using var site = TempSite.Create("oit");

        var built = site.Build(includeDrafts: true);

        var item = System.Text.Json.JsonDocument.Parse(built.Text("ita/2566/coverage.json")).RootElement.GetProperty("items")[2];
        Assert.Equal("draft", item.GetProperty("status").GetString());
        Assert.Equal("https://example.go.th/report-draft/", item.GetProperty("evidence")[0].GetProperty("url").GetString());
        Assert.Contains("(ฉบับร่าง)", built.Page("/ita/2566/o3/").QuerySelector("tbody td")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_page_links_the_same_topic_in_the_next_year_where_the_catalogs_share_its_title()
    {
        using var site = TempSite.Create("oit");
        File.AppendAllText(Path.Combine(site.InputDirectory, "_data", "oit", "2567.yml"), """
            - code: O2
              title: โครงสร้าง
              indicator: '9'
              sub_indicator: '9.2'
              requirement: แผนผังโครงสร้าง
              period: ongoing
              data_year: current
              verified: true

            """);

        var built = site.Build();

        var next = built.Page("/ita/2566/o1/").QuerySelector("a[href='/ita/2567/o2/']");
        Assert.NotNull(next);
        Assert.Equal("O2 โครงสร้าง", next.TextContent);
        Assert.Null(built.Page("/ita/2566/o2/").QuerySelector("a[href^='/ita/2567/']"));
        Assert.Null(built.Page("/ita/2567/o2/").QuerySelector("a[href^='/ita/2568/']"));
    }
}
