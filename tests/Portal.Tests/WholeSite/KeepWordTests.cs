using System.IO.Compression;
using System.Text;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// input/_data/thai-words.txt: each listed word in a page's text, from Markdown, front matter or a data file, is kept on
/// one line by a span; ids, links, the page title and the search index see the words as written.
/// </summary>
public sealed class KeepWordTests
{
    private const string Span = "<span class=\"app-keep-word\">งบประมาณ</span>";

    [Fact]
    public void A_listed_word_is_wrapped_in_the_text_of_every_part_of_the_page_but_not_in_ids_links_or_the_title()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "thai-words.txt"), "# คำที่ห้ามตัด\nงบประมาณ\n");

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var page = built.Page("/about/history/");
        var heading = page.QuerySelector("main h2#งบประมาณรายจ่าย")!;
        Assert.Equal($"{Span}รายจ่าย", heading.InnerHtml);
        var link = Assert.Single(page.QuerySelectorAll("main a"), a => Uri.UnescapeDataString(a.GetAttribute("href")!) == "#งบประมาณรายจ่าย");
        Assert.Equal($"ตาราง{Span}", link.InnerHtml);
        Assert.Equal($"ประวัติความเป็นมาและ{Span}ของเทศบาลตำบลทดสอบ", page.QuerySelector("main .app-lead")!.InnerHtml);
        Assert.DoesNotContain("app-keep-word", page.Title, StringComparison.Ordinal);
        Assert.Empty(built.BrokenLinks("about/history/index.html"));
    }

    [Fact]
    public void The_search_index_holds_the_words_as_written()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "thai-words.txt"), "งบประมาณ\n");

        var built = site.Build();

        var search = string.Concat(built.Files().Where(f => f.StartsWith("search/", StringComparison.Ordinal) && !f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => f.EndsWith(".bin", StringComparison.Ordinal) ? Gunzip(built.Bytes(f)) : built.Text(f)));
        Assert.Contains("งบประมาณ", search, StringComparison.Ordinal);
        Assert.DoesNotContain("app-keep-word", search, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_one_word_is_a_warning_at_its_line_and_the_site_still_builds()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "thai-words.txt"), "งบประมาณ\nงบ ประมาณ\n");

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.KeepWordInvalid);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(2, warning.Location.Line);
        Assert.EndsWith("_data/thai-words.txt", warning.Location.Path, StringComparison.Ordinal);
    }

    private static string Gunzip(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
