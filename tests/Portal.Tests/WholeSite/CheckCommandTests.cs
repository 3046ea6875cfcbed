using System.Text.Json;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>portal check</c>: the build's checks and the checks on the finished site, reported as text, as GitHub
/// annotations on the pull request's lines, or as JSON; exit 0, 1 or 2; nothing written to <c>_site/</c>.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class CheckCommandTests
{
    /// <summary>Every problem the check-problems fixture holds: file, line, column, code. The build of it succeeds.</summary>
    private static readonly string[] ExpectedProblems =
    [
        "guide/index.md:6:1 PT061",
        "guide/index.md:8:1 PT062",
        "guide/index.md:12:1 PT062",
        "index.md:1:1 PT063",
        "index.md:4:42 PT060",
        "index.md:8:23 PT060",
    ];

    [Fact]
    public void Text_lists_every_problem_at_its_line_and_column_and_exits_1()
    {
        using var site = TempSite.Create("check-problems");

        var run = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        var problems = run.ErrorLines
            .Where(l => l.StartsWith("input/", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^input/(?<place>[^:]+:\d+:\d+): error (?<code>PT\d{3}): ").Groups)
            .Select(g => $"{g["place"].Value} {g["code"].Value}");
        Assert.Equal(ExpectedProblems, problems);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("input/index.md:8:23: error PT060: ลิงก์ '#ติดตอ'", StringComparison.Ordinal) && l.Contains("did you mean 'ติดต่อ'?", StringComparison.Ordinal));
        Assert.Contains("(checked 4 pages: 7 error(s))", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory), "check must not write _site/");
    }

    [Fact]
    public void The_build_of_the_same_site_succeeds_because_the_output_checks_are_checks_only()
    {
        using var site = TempSite.Create("check-problems");

        var result = new BuildSession(site.Options(), PortalFeatures.Parts).Build(new Portal.Output.MemoryTarget());

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
    }

    [Fact]
    public void Github_annotations_carry_paths_from_the_repository_root_with_lines_and_columns()
    {
        using var site = TempSite.Create("check-problems");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var below = Path.Combine(site.Root, "input", "guide");

        var run = CliRunner.Run(below, "check", "--input", "..", "--theme", site.ThemeDirectory, "--format", "github");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("::error file=input/index.md,line=4,col=42,title=PT060::ลิงก์ 'guide/index.md#ไม่มีหัวข้อนี้'", StringComparison.Ordinal));
        Assert.Contains("::error file=input/guide/index.md,line=8,col=1,title=PT062::หัวข้อข้ามระดับ จากระดับ 2 ไประดับ 4 ให้ใช้ ### (the heading skips from level 2 to level 4; use ###)", run.OutputLines);
        Assert.Equal(7, run.OutputLines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Github_annotations_without_a_repository_are_relative_to_the_working_directory()
    {
        using var site = TempSite.Create("check-problems");

        var run = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", "GitHub");

        Assert.Contains(run.OutputLines, l => l.StartsWith("::error file=input/guide/index.md,line=6,col=1,title=PT061::", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_one_document_with_counts_and_each_problem_and_exits_1()
    {
        using var site = TempSite.Create("check-problems");

        var run = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal(7, json.RootElement.GetProperty("errors").GetInt32());
        var anchor = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("column").GetInt32() == 42);
        Assert.Equal("PT060", anchor.GetProperty("code").GetString());
        Assert.Equal("input/index.md", anchor.GetProperty("file").GetString());
        Assert.Equal(4, anchor.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    public void A_site_without_problems_exits_0_in_each_format(string format)
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("::error", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_site_passes_the_check()
    {
        var run = CliRunner.Run(TestPaths.RepositoryRoot, "check");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void A_build_error_is_reported_with_the_output_checks_and_exits_1()
    {
        using var site = TempSite.Create("error-missing-page-link");

        var run = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PT007");
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--input", "no-such-folder")]
    public void Bad_usage_exits_2(params string[] arguments)
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
    }
}
