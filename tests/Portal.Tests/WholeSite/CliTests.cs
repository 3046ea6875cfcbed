using System.Text.RegularExpressions;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The <c>portal build</c> command as staff and CI run it, in-process except for two smoke tests of the real process, from the folder that holds <c>input/</c>:
/// exit codes 0/1/2, every diagnostic as <c>input/&lt;path&gt;:&lt;line&gt;:&lt;col&gt;: error PTnnn: Thai (English)</c>, never a stack trace.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed partial class CliTests
{
    [Fact]
    public void Build_succeeds_with_exit_code_0_and_a_summary_line()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.RunProcess(site.Root, ["build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var summary = Assert.Single(run.OutputLines, l => l.Contains("(built ", StringComparison.Ordinal));
        var match = Summary().Match(summary);
        Assert.True(match.Success, summary);
        Assert.Equal(match.Groups["thai"].Value, match.Groups["pages"].Value);
        var htmlFiles = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Count();
        Assert.Equal(htmlFiles, int.Parse(match.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
    }

    [Fact]
    public void Build_with_drafts_publishes_the_draft()
    {
        using var site = TempSite.Create("basic");

        var run = Build(site, "--drafts");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "about", "draft-plan", "index.html")));
    }

    [Fact]
    public void Build_with_content_errors_exits_with_1_prints_every_diagnostic_and_no_stack_trace()
    {
        using var site = TempSite.Create("error-many-errors");
        var expected = site.Build(outputDirectory: Path.Combine(site.Root, "api-output")).Result.Diagnostics;

        var run = CliRunner.RunProcess(site.Root, ["build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        Assert.DoesNotContain("Exception", run.StandardError, StringComparison.Ordinal);
        var diagnosticLines = run.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, diagnosticLines.Count);
        Assert.All(diagnosticLines, l => Assert.Matches(DiagnosticLine(), l));
        Assert.Equal(
            expected.Select(d => $"input/{d.Location.Path[(site.InputDirectory.Length + 1)..]}:{d.Location.Line}:{d.Location.Column}: error {d.Code.Id}: "),
            diagnosticLines.Select(l => l[..(l.IndexOf(": error ", StringComparison.Ordinal) + ": error PT000: ".Length)]));
        Assert.Contains(run.ErrorLines, l => l.Contains($"build failed: {expected.Count} error(s)", StringComparison.Ordinal));

        // The fixture holds one of every content error, so this checks the printed form of each code.
        string[] codes = ["PT001", "PT002", "PT003", "PT004", "PT006", "PT007", "PT008", "PT009", "PT010", "PT011", "PT012"];
        Assert.All(codes, code => Assert.Contains(diagnosticLines, l => l.Contains($": error {code}: ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Build_with_an_output_path_clash_exits_with_1_without_a_stack_trace()
    {
        // docs/architecture.md: "Bad content never produces a stack trace". input/sitemap.xml.md cannot be written beside
        // the generated sitemap.xml; that is a content error (exit 1), not a crash.
        using var site = TempSite.Create("error-output-clash");

        var run = Build(site);

        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        Assert.DoesNotContain("Unhandled exception", run.StandardError, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith("input/sitemap.xml.md:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_with_an_attachment_whose_link_points_nowhere_exits_with_1_at_the_file()
    {
        // input/files/reports/gone.pdf is a symbolic link to nothing: the load stage reports it at the file (PT019),
        // before anything is written.
        using var site = TempSite.Create("basic");
        site.AddDanglingFile("files/reports/gone.pdf");

        var run = Build(site);

        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith("input/files/reports/gone.pdf:1:1: error PT019: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Build_into_an_output_folder_that_cannot_be_written_exits_with_2_naming_the_folder()
    {
        // The output's parent is a file, so no folder can be made there: a problem of the machine, not of the content.
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.Root, "blocker"), "a file where a folder should be");

        var run = CliRunner.RunProcess(site.Root, ["build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "blocker/_site"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("portal: ", StringComparison.Ordinal));
        Assert.Contains("เขียนเว็บไซต์ลงโฟลเดอร์ blocker/_site ไม่สำเร็จ", line, StringComparison.Ordinal);
        Assert.Contains("(could not write the site to blocker/_site: ", line, StringComparison.Ordinal);
        Assert.Equal("a file where a folder should be", File.ReadAllText(Path.Combine(site.Root, "blocker")));
    }

    [Fact]
    public void Build_with_a_missing_input_folder_exits_with_2()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "build", "--input", "no-such-folder", "--theme", site.ThemeDirectory);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.Contains("no-such-folder", StringComparison.Ordinal) && Regex.IsMatch(l, @"\p{IsThai}"));
        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("ftp://example.go.th")]
    [InlineData("/relative/path")]
    public void Build_with_a_base_url_that_is_not_an_http_address_exits_with_2(string baseUrl)
    {
        using var site = TempSite.Create("basic");

        var run = Build(site, "--base-url", baseUrl);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.Contains(baseUrl, StringComparison.Ordinal) && Regex.IsMatch(l, @"\p{IsThai}"));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Build_with_a_base_url_uses_it_for_canonical_links()
    {
        using var site = TempSite.Create("basic");

        var run = Build(site, "--base-url", "https://deploy-preview-7--portal.netlify.app/");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<link rel=\"canonical\" href=\"https://deploy-preview-7--portal.netlify.app/about/\">",
            File.ReadAllText(Path.Combine(site.OutputDirectory, "about", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--frobnicate")]
    [InlineData("build", "--input")]
    [InlineData("publish")]
    public void Bad_usage_exits_with_2_and_prints_usage(params string[] arguments)
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("portal --help", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, IsStackTraceLine);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void No_arguments_exits_with_2()
    {
        using var site = TempSite.Create("basic");
        var run = CliRunner.Run(site.Root);
        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_fault_of_the_program_exits_with_3_in_one_line_naming_the_file_and_the_stack_trace_only_when_verbose(bool verbose)
    {
        using var site = TempSite.Create("basic");
        string[] arguments = verbose ? ["fail", "--verbose"] : ["fail"];

        var run = CliRunner.Run(site.Root, PortalFeatures.Parts.With(new FailingFeature()), arguments);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("portal: input/ita/results.md: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("please report a bug", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(verbose, run.ErrorLines.Any(IsStackTraceLine));
    }

    [Fact]
    public void A_fault_outside_any_file_also_exits_with_3_without_a_stack_trace()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, PortalFeatures.Parts.With(new FailingFeature()), "fail", "--outside-any-file");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Single(run.ErrorLines);
        Assert.Contains("please report this bug", run.ErrorLines[0], StringComparison.Ordinal);
    }

    private sealed class FailingFeature : Portal.Extensions.IPortalFeature
    {
        public void Setup(Portal.Extensions.FeatureSetup setup) => setup.AddCommand<FailingCommand>("fail", "ล้มเหลว (fails)");
    }

    private sealed class FailingSettings : Portal.Commands.PortalSettings
    {
        [Spectre.Console.Cli.CommandOption("--outside-any-file")]
        public bool OutsideAnyFile { get; init; }
    }

    /// <summary>Stands for a bug in a stage: an exception no content mistake explains.</summary>
    private sealed class FailingCommand : Spectre.Console.Cli.Command<FailingSettings>
    {
        public override int Execute(Spectre.Console.Cli.CommandContext context, FailingSettings settings, CancellationToken cancellationToken)
        {
            if (settings.OutsideAnyFile)
            {
                throw new InvalidOperationException("a bug");
            }

            // Stages run in parallel, so the guarded exception arrives wrapped.
            var inFile = Assert.Throws<UnexpectedBuildException>(() => UnexpectedBuildException.Guard<int>("input/ita/results.md", () => throw new InvalidOperationException("a bug")));
            throw new AggregateException(inFile);
        }
    }

    private static CliRunner.Result Build(TempSite site, params string[] extra) =>
        CliRunner.Run(site.Root, ["build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site", .. extra]);

    private static bool IsStackTraceLine(string line) => line.StartsWith("   at ", StringComparison.Ordinal);

    [GeneratedRegex(@"^input/.+:\d+:\d+: error PT\d{3}: .+ \(.+\)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^สร้างเว็บไซต์แล้ว: (?<thai>\d+) หน้า, .*\(built (?<pages>\d+) pages, (?<files>\d+) files in [0-9.]+ s\)$")]
    private static partial Regex Summary();
}
