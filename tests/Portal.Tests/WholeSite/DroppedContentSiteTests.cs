using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>The review's cases through a whole build: a lost footnote fails the build at its line; raw HTML warns and still builds.</summary>
public sealed class DroppedContentSiteTests
{
    [Fact]
    public void A_footnote_pair_and_an_unused_definition_fail_the_build_at_their_lines_and_nothing_is_written()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "about", "sources.md"),
            "---\ntitle: แหล่งที่มา\n---\nโทร 1567[^moi][^isra]\n\n[^moi]: กระทรวงมหาดไทย\n[^isra]: สำนักข่าวอิศรา\n[^old]: ไม่ได้อ้างถึง\n");

        var built = site.Build();

        var display = site.Display("about/sources.md");
        Assert.Equal(
            [("PT035", new SourceLocation(display, 4, 9)), ("PT033", new SourceLocation(display, 8, 1))],
            built.Result.Diagnostics.Select(d => (d.Code.Id, d.Location)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Raw_html_is_a_warning_and_the_page_still_builds_with_the_tag_shown_as_text()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "about", "lines.md"), "---\ntitle: บรรทัด\n---\nบรรทัดแรก<br>บรรทัดสอง\n");

        var built = site.Build();

        var warning = Assert.Single(built.Result.Diagnostics);
        Assert.Equal((Severity.Warning, "PT036", new SourceLocation(site.Display("about/lines.md"), 4, 10)), (warning.Severity, warning.Code.Id, warning.Location));
        Assert.True(built.Result.Succeeded);
        Assert.Contains("บรรทัดแรก<br>บรรทัดสอง", built.Page("/about/lines/").QuerySelector(".app-prose p")!.TextContent, StringComparison.Ordinal);
    }
}
