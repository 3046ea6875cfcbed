using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// /complaints/ lists the channels of complaint-channels.yml, corruption apart from general; /contact/ shows site.yml's
/// contact details; a value no source gives is shown as awaiting confirmation and warned about; a bad phone, e-mail or
/// link is an error at its line.
/// </summary>
public sealed class ComplaintAndContactTests
{
    [Fact]
    public void Corruption_channels_are_listed_apart_from_general_ones_with_tel_links_and_the_handling_steps()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var page = built.Page("/complaints/");
            string[] Names(string heading) =>
                [.. page.QuerySelectorAll($"h2#{heading} + ul.app-channels > li h3").Select(h => h.TextContent)];
            Assert.Equal(["แบบฟอร์มร้องเรียนการทุจริต", "ศูนย์ดำรงธรรม กระทรวงมหาดไทย"], Names("corruption"));
            Assert.Equal(["ยื่นเรื่องที่สำนักงาน"], Names("general"));
            var hotline = page.QuerySelectorAll("main a[href^='tel:']").Single();
            Assert.Equal(("tel:1567", "1567"), (hotline.GetAttribute("href"), hotline.TextContent));
            Assert.Equal(["รับเรื่องและลงทะเบียน", "ผู้บังคับบัญชาสั่งการ", "ตรวจสอบข้อเท็จจริงและแจ้งผล"],
                page.QuerySelectorAll("h2#handling + ol.app-step-nav h3").Select(h => h.TextContent.Replace("ขั้นตอนที่", "", StringComparison.Ordinal).Trim()[1..].Trim()));
            var form = page.QuerySelector(".app-channels__item--web-form")!;
            Assert.Contains("ภายใน 15 วันทำการ", form.TextContent, StringComparison.Ordinal);
            Assert.Contains("ไม่เปิดเผยชื่อ", form.TextContent, StringComparison.Ordinal);
            Assert.Equal(["กลุ่ม LINE ของเทศบาล"], PendingItems(page));
            Assert.Empty(page.QuerySelectorAll(".app-channels .app-unconfirmed"));
        }
    }

    [Fact]
    public void Values_no_source_gives_are_shown_as_awaiting_confirmation_and_warned_about_without_failing_the_build()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            Assert.True(built.Result.Succeeded);
            var warnings = built.Result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
            Assert.All(warnings, w => Assert.Equal("PT083", w.Code.Id));
            Assert.Equal(
                [$"{site.Display("_data/complaint-channels.yml")}:26", $"{site.Display("_data/site.yml")}:19", $"{site.Display("_data/site.yml")}:22"],
                warnings.Select(w => $"{w.Location.Path}:{w.Location.Line}").Order(StringComparer.Ordinal));

            var contact = built.Page("/contact/");
            var values = contact.QuerySelectorAll(".app-summary__value").Select(v => v.TextContent.Trim()).ToList();
            Assert.Equal(["99 ถนนทดสอบ ตำบลทดสอบ อำเภอทดสอบ จังหวัดชลบุรี 20000", "0 3800 0000", "วันจันทร์–วันศุกร์ 08.30–16.30 น."], values);
            Assert.Equal("tel:038000000", contact.QuerySelector(".app-summary__value a")!.GetAttribute("href"));
            Assert.Equal(["อีเมล", "แผนที่"], PendingItems(contact));
        }
    }

    [Fact]
    public void The_contact_page_leads_with_what_is_known_and_lists_what_awaits_confirmation_once_at_the_end()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var contact = built.Page("/contact/");
            var headings = contact.QuerySelectorAll("main h2").Select(h => h.Id).ToList();

            Assert.Equal(["office", "channels", "other-offices", "unconfirmed"], headings);
            // The channels one can use now: those with a phone, address or link, none pending.
            Assert.Equal(["แบบฟอร์มร้องเรียนการทุจริต", "ศูนย์ดำรงธรรม กระทรวงมหาดไทย", "ยื่นเรื่องที่สำนักงาน"],
                contact.QuerySelectorAll("h2#channels + ul.app-channels > li h3").Select(h => h.TextContent));
            Assert.Empty(contact.QuerySelectorAll("main .app-unconfirmed"));
            var district = contact.QuerySelector("h2#other-offices + ul > li")!;
            Assert.Equal("ที่ว่าการอำเภอทดสอบ", district.QuerySelector("h3")!.TextContent);
            Assert.Contains("ไม่ใช่สำนักงานของเทศบาล", district.TextContent, StringComparison.Ordinal);
            Assert.Contains("ไม่ใช่สำนักงานเทศบาล", contact.QuerySelector("h2#other-offices")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("tel:038001111", district.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_contact_page_with_every_value_known_has_no_list_of_what_awaits_confirmation()
    {
        using var site = TempSite.Create("citizen");
        var siteYml = Path.Combine(site.InputDirectory, "_data", "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml)
            .Replace("  email:\n", "  email: info@test.example.go.th\n  map_url: https://maps.example.org/test\n", StringComparison.Ordinal));

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var contact = built.Page("/contact/");
        Assert.Equal(5, contact.QuerySelectorAll(".app-summary__value").Length);
        Assert.Null(contact.QuerySelector("#unconfirmed"));
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == DiagnosticCode.UnconfirmedValue && d.ThaiMessage.Contains("(contact.", StringComparison.Ordinal));
    }

    /// <summary>The one list of what still awaits confirmation, at the end of the page.</summary>
    private static IEnumerable<string> PendingItems(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("h2#unconfirmed ~ ul.app-unconfirmed-list > li").Select(li => li.TextContent.Trim());

    [Fact]
    public void Complaints_and_contact_are_the_first_links_of_the_home_page_and_the_footer_links_contact()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var home = built.Page("/");
            var mainLinks = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Take(2);
            Assert.Equal(["/complaints/", "/contact/"], mainLinks);
            Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/contact/");
            Assert.Empty(built.BrokenLinks("index.html"));
        }
    }

    [Fact]
    public void A_bad_phone_email_link_kind_or_flag_is_an_error_at_its_line_all_at_once()
    {
        using var site = TempSite.Create("error-citizen-data");

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
        string At(string file, string marker) => $"{site.Display("_data/" + file)}:{ExpectedDiagnostics.Locate("error-citizen-data", "_data/" + file, marker).Line}";
        var errors = built.Result.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Code.Id} {d.Location.Path}:{d.Location.Line}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            $"PT082 {At("site.yml", "phone: 123-45")}",
            $"PT082 {At("site.yml", "email: saraban")}",
            $"PT082 {At("site.yml", "map_url:")}",
            $"PT082 {At("complaint-channels.yml", "javascript:")}",
            $"PT082 {At("complaint-channels.yml", "complaints@")}",
            $"PT082 {At("complaint-channels.yml", "phone: 0-12")}",
            $"PT005 {At("complaint-channels.yml", "yes please")}",
            $"PT005 {At("complaint-channels.yml", "pigeon")}",
            $"PT082 {At("complaint-channels.yml", "0381234567")}",
        }.Order(StringComparer.Ordinal), errors);
        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT005" && d.EnglishMessage.Contains("not 'pigeon'", StringComparison.Ordinal));
        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT082" && d.EnglishMessage.Contains("must be quoted", StringComparison.Ordinal));
    }
}
