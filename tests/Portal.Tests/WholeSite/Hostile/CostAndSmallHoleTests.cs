using System.Text;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Classes 8 and 9: work that grew with the square of the input, and the smaller holes.</summary>
[Collection(ProcessorClock.Collection)]
public sealed class CostAndSmallHoleTests
{
    /// <summary>Far above the measured processor time (see the report) and far below the minute the quadratic versions took.</summary>
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public void Fifty_thousand_equal_headings_get_distinct_ids_in_linear_time()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());
        var clock = ProcessorClock.StartNew();
        var handedOut = Enumerable.Range(0, 50_000).Select(_ => ids.Next("ประกาศ")).ToList();
        clock.Stop();

        Assert.Equal(50_000, handedOut.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("ประกาศ-49999", handedOut[^1]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"50,000 ids took {clock.Elapsed}");
    }

    [Fact]
    public void Numbered_slug_taken_by_an_earlier_heading_is_skipped()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());

        Assert.Equal(["a", "a-1", "a-2", "a-3"], new[] { "a", "a-1", "a", "a" }.Select(ids.Next));
    }

    [Fact]
    public void Page_of_fifty_thousand_equal_headings_builds()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/headings.md", "title: หัวข้อ", string.Concat(Enumerable.Repeat("## ประกาศ\n\nข้อความ\n\n", 50_000)));

        var clock = ProcessorClock.StartNew();
        var built = site.Build();
        clock.Stop();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        Assert.True(clock.Elapsed < Generous, $"the build took {clock.Elapsed}");
    }

    [Fact]
    public void Sixty_thousand_unclosed_links_are_refused_at_their_line_before_parsing()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/links.md", "title: ลิงก์", "ย่อหน้าแรก\n\n" + string.Concat(Enumerable.Repeat("[a](", 60_000)) + "\n");

        var clock = ProcessorClock.StartNew();
        var result = site.BuildFailing();
        clock.Stop();

        Assert.Equal(new SourceLocation(site.Display("news/links.md"), 6, 1), HostileSite.Single(result, DiagnosticCode.LinkSyntaxTooCostly).Location);
        Assert.True(clock.Elapsed < Generous, $"the build took {clock.Elapsed}");
    }

    [Fact]
    public void Sixty_thousand_unclosed_links_separated_by_spaces_are_cheap_and_build()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/links.md", "title: ลิงก์", string.Concat(Enumerable.Repeat("[a]( ", 60_000)) + "\n");

        var clock = ProcessorClock.StartNew();
        var built = site.Build();
        clock.Stop();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        Assert.True(clock.Elapsed < Generous, $"the build took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("title: null")]
    [InlineData("title: ~")]
    [InlineData("title: Null")]
    [InlineData("title:")]
    public void Null_title_is_a_missing_title_not_a_page_called_null(string title)
    {
        using var site = HostileSite.Create();
        site.WritePage("news/untitled.md", title);

        var result = site.BuildFailing();

        Assert.Equal(site.Display("news/untitled.md"), HostileSite.Single(result, DiagnosticCode.MissingTitle).Location.Path);
    }

    [Fact]
    public void Quoted_null_is_an_ordinary_title()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/quoted.md", "title: \"null\"");

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
    }

    [Fact]
    public void Layout_base_is_not_a_page_layout()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/framed.md", "title: ซ้อน\nlayout: base");

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display("news/framed.md"), 3, 1), HostileSite.Single(result, DiagnosticCode.UnknownLayout).Location);
    }

    [Theory]
    [InlineData("about/UP.MD")]
    [InlineData("about/Mixed.Md")]
    [InlineData("_data/extra.YML")]
    public void Extension_in_capitals_is_reported_not_silently_skipped(string path)
    {
        using var site = HostileSite.Create();
        site.WritePage(path, "title: ตัวใหญ่");

        var result = site.BuildFailing();

        Assert.Equal(site.Display(path), HostileSite.Single(result, DiagnosticCode.ExtensionCase).Location.Path);
    }

    [Theory]
    [InlineData("app-nav-list")]
    [InlineData("main-content")]
    public void Heading_id_that_the_theme_uses_is_reported_at_the_heading(string id)
    {
        using var site = HostileSite.Create();
        site.WritePage("news/ids.md", "title: ไอดี", $"ข้อความ\n\n## เมนู {{#{id}}}\n");

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display("news/ids.md"), 6, 1), HostileSite.Single(result, DiagnosticCode.ReservedId).Location);
    }

    [Fact]
    public void File_name_with_a_line_break_is_reported_on_one_line()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/two\nlines.md", "title: สองบรรทัด");

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.ForbiddenCharacter);
        var printed = TextDiagnosticFormatter.Format(problem);
        Assert.DoesNotContain('\n', printed);
        Assert.Contains("two\\u000Alines.md", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_with_a_line_break_is_printed_on_one_line()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/key.md", "title: ก\n\"ti\\ntle\": ข");

        var result = site.BuildFailing();

        Assert.DoesNotContain('\n', TextDiagnosticFormatter.Format(HostileSite.Single(result, DiagnosticCode.UnknownKey)));
    }

    [Fact]
    public void File_that_cannot_be_read_is_a_content_error_at_that_file()
    {
        // A file that vanishes between listing and reading stands for any read failure (an I/O error, a
        // permission): it is a diagnostic at the file, never an exception.
        var diagnostics = new List<Diagnostic>();
        var gone = Path.Combine(Path.GetTempPath(), $"portal-gone-{Guid.NewGuid():N}.md");

        var text = TextFileReader.Read(new InputFile("news/gone.md", gone, 10), "input/news/gone.md", diagnostics);

        Assert.Null(text);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnreadableFile, problem.Code);
        Assert.Equal("input/news/gone.md", problem.Location.Path);
    }

    [Fact]
    public void Page_over_the_size_limit_is_refused()
    {
        using var site = HostileSite.Create();
        site.Write("news/huge.md", "---\ntitle: ใหญ่\n---\n" + new string('ก', (int)(TextFileReader.MaxBytes / 3) + 1));

        var result = site.BuildFailing();

        Assert.Equal(site.Display("news/huge.md"), HostileSite.Single(result, DiagnosticCode.FileTooLarge).Location.Path);
        Assert.True(Encoding.UTF8.GetByteCount(File.ReadAllText(site.PathOf("news/huge.md"))) > TextFileReader.MaxBytes);
    }
}
