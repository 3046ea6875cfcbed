using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 13 of issue 18: output paths that differ only in capitals, in Unicode form (NFC or NFD) or in the spelling of
/// SARA AM are one file on Windows or macOS, or look the same to a reader. Two pages so alike are a PT006 clash; a page,
/// file or generated output alike to another is PT015. The message names both files, and nothing is written.
/// </summary>
public sealed class LookAlikePathTests
{
    [Theory]
    [InlineData("about/History.md", "about/history.md")]
    [InlineData("news/caf\u00E9.md", "news/cafe\u0301.md")]
    [InlineData("news/\u0E19\u0E49\u0E33.md", "news/\u0E19\u0E4D\u0E49\u0E32.md")]
    [InlineData("news/\u0E19\u0E33.md", "news/\u0E19\u0E4D\u0E32.md")]
    public void Pages_that_differ_only_by_case_normalisation_or_sara_am_are_a_PT006_clash_class_13_look_alike_pages(string one, string other)
    {
        using var site = HostileSite.Create();
        foreach (var path in new[] { one, other }.Where(p => !File.Exists(Path.Combine(site.Input, p))))
        {
            site.WritePage(path, "title: หน้า");
        }

        var result = site.BuildFailing();

        var clash = HostileSite.Single(result, DiagnosticCode.DuplicateUrl);
        Assert.Contains(clash.Location.Path, new[] { site.Display(one), site.Display(other) });
        var named = clash.Location.Path == site.Display(one) ? other : one;
        Assert.Contains(site.Display(named), clash.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains(site.Display(named), clash.ThaiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_spelled_in_other_capitals_are_one_clash_class_13_look_alike_pages()
    {
        using var site = HostileSite.Create();
        site.WritePage("About/extra.md", "title: เพิ่มเติม");
        site.WritePage("News/extra.md", "title: ข่าวเพิ่ม");

        var result = site.BuildFailing();

        // About/ holds one page, about/ three: the second spelling is reported once. news/ is the archive's too (a generated page).
        var pages = HostileSite.Single(result, DiagnosticCode.DuplicateUrl);
        Assert.Equal(site.Display("about/history.md"), pages.Location.Path);
        Assert.Contains(site.Display("About/extra.md"), pages.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("differs only in capitals or Unicode form", pages.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal(site.Display("News/extra.md"), HostileSite.Single(result, DiagnosticCode.OutputClash).Location.Path);
    }

    [Fact]
    public void Static_files_that_differ_only_by_case_are_an_output_clash_class_13_look_alike_pages()
    {
        using var site = HostileSite.Create();
        site.Write("files/Notes.txt", "หนึ่ง");
        site.Write("files/notes.txt", "สอง");

        var result = site.BuildFailing();

        var clash = HostileSite.Single(result, DiagnosticCode.OutputClash);
        Assert.Equal(site.Display("files/notes.txt"), clash.Location.Path);
        Assert.Contains(site.Display("files/Notes.txt"), clash.EnglishMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sitemap.md")]
    [InlineData("Feed.xml.md")]
    public void A_page_alike_to_a_generated_page_or_file_is_an_output_clash_class_13_look_alike_pages(string page)
    {
        using var site = HostileSite.Create();
        site.WritePage(page, "title: หน้า");

        var result = site.BuildFailing();

        var clash = HostileSite.Single(result, DiagnosticCode.OutputClash);
        Assert.Equal(site.Display(page), clash.Location.Path);
        Assert.Contains("differs only in capitals or Unicode form", clash.EnglishMessage, StringComparison.Ordinal);
    }
}
