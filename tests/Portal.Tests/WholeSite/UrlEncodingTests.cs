using System.Text.RegularExpressions;

namespace Portal.Tests.WholeSite;

/// <summary>Every href and src the build writes is a valid, percent-encoded URL: Thai and spaces in file names, page names and heading ids included.</summary>
public sealed partial class UrlEncodingTests
{
    [Fact]
    public void Thai_and_space_file_names_and_thai_fragments_are_percent_encoded_and_still_lead_to_their_targets()
    {
        using var site = TempSite.Create("basic");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "files", "ita"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "files", "ita", "รายงาน ฉบับเต็ม.pdf"), "%PDF-1.4\n");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "ประกาศ"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "ประกาศ", "ผล การประเมิน.md"), """
            ---
            title: ผลการประเมิน
            attachments:
              - file: ita/รายงาน ฉบับเต็ม.pdf
                title: รายงานฉบับเต็ม
            ---
            ## สรุปผล

            [รายงาน](../files/ita/รายงาน%20ฉบับเต็ม.pdf) และ[สรุป](#สรุปผล) และ[หน้านี้อีกครั้ง](ผล%20การประเมิน.md#สรุปผล)
            """);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var page = built.Page("/ประกาศ/ผล การประเมิน/");
        var hrefs = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        const string pdf = "/files/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%20%E0%B8%89%E0%B8%9A%E0%B8%B1%E0%B8%9A%E0%B9%80%E0%B8%95%E0%B9%87%E0%B8%A1.pdf";
        Assert.Equal(2, hrefs.Count(h => h == pdf));   // the Markdown link and the attachment list
        Assert.Contains("#" + Portal.Site.PageUrls.EscapeFragment("สรุปผล"), hrefs);
        Assert.Contains(Portal.Site.PageUrls.EscapePath("/ประกาศ/ผล การประเมิน/") + "#" + Portal.Site.PageUrls.EscapeFragment("สรุปผล"), hrefs);
        Assert.True(built.Exists(Uri.UnescapeDataString(pdf).TrimStart('/')));
    }

    [Fact]
    public void No_href_or_src_on_any_page_holds_a_space_or_a_character_outside_ascii()
    {
        var (site, built) = TempSite.CreateAndBuild("basic");
        using (site)
        {
            var bad = Directory.EnumerateFiles(built.OutputDirectory, "*.html", SearchOption.AllDirectories)
                .SelectMany(file => Attribute().Matches(File.ReadAllText(file)).Select(m => (File: file, Url: m.Groups[1].Value)))
                .Where(link => !ValidUrl().IsMatch(link.Url))
                .Select(link => $"{Path.GetRelativePath(built.OutputDirectory, link.File)}: {link.Url}")
                .ToList();

            Assert.Empty(bad);
        }
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^[\x21-\x7E]*$")]
    private static partial Regex ValidUrl();
}
