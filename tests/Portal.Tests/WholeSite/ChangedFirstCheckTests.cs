using System.Diagnostics;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>portal check --changed-since</c> on a pull request: a staff member's own warning comes before the warnings that stood
/// before, which GitHub would otherwise show first and cut off after ten, and those standing warnings are one notice per code.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class ChangedFirstCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portal-changed-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void One_new_warning_on_a_changed_page_of_the_real_site_is_among_the_first_ten_annotations()
    {
        TempSite.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "input"), Path.Combine(_root, "input"));
        TempSite.CopyDirectory(TestPaths.RealTheme, Path.Combine(_root, "theme"));
        Git("init", "-q", "-b", "main");
        Git("add", ".");
        Git("commit", "-q", "-m", "the site before the pull request");
        var page = Directory.EnumerateFiles(Path.Combine(_root, "input", "news"), "2*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(page, "\nพิมพ์ตัวหนาแบบ HTML <b>ผิดวิธี</b>\n");
        var shown = "input/news/" + Path.GetFileName(page);

        var run = CliRunner.Run(_root, "check", "--format", "github", "--changed-since", "HEAD");

        var annotations = run.OutputLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        var mine = annotations.FindIndex(l => l.StartsWith($"::warning file={shown},", StringComparison.Ordinal) && l.Contains("title=PT036", StringComparison.Ordinal));
        Assert.InRange(mine, 0, 9);
        var standing = annotations.Where(l => !l.Contains($"file={shown},", StringComparison.Ordinal) && !l.StartsWith("::error", StringComparison.Ordinal)).ToList();
        Assert.All(standing, l => Assert.StartsWith("::notice", l, StringComparison.Ordinal));
        var codes = standing.Select(l => l[(l.IndexOf("title=", StringComparison.Ordinal) + 6)..l.IndexOf("::", 2, StringComparison.Ordinal)]).ToList();
        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Count);
    }

    [Fact]
    public void A_reference_git_does_not_know_is_a_usage_error_that_says_what_to_fetch()
    {
        TempSite.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "tests", "Portal.Tests", "Sites", "basic", "input"), Path.Combine(_root, "input"));
        Git("init", "-q", "-b", "main");

        var run = CliRunner.Run(_root, "check", "--input", "input", "--theme", TestPaths.RealTheme, "--changed-since", "origin/no-such-branch");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("git does not know 'origin/no-such-branch'", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_files_come_first_then_errors_elsewhere_then_one_counted_notice_per_standing_code()
    {
        Diagnostic At(Severity severity, DiagnosticCode code, string path) => new(code, severity, new SourceLocation(path, 3), "ไทย", "english");
        var report = new[]
        {
            At(Severity.Warning, DiagnosticCode.UnconfirmedValue, "input/_data/site.yml"),
            At(Severity.Warning, DiagnosticCode.UnconfirmedValue, "input/_data/site.yml") with { Omitted = 4 },
            At(Severity.Error, DiagnosticCode.BrokenPageLink, "input/a.md"),
            At(Severity.Warning, DiagnosticCode.RawHtml, "input/mine.md"),
            At(Severity.Notice, DiagnosticCode.PublishedUrlNew, "input/b.md"),
        };

        var arranged = StandingDiagnostics.ChangedFirst(report, path => path == "input/mine.md");

        Assert.Equal(["PT036 input/mine.md", "PT007 input/a.md", "PT083 input/_data/site.yml", "PT046 input/b.md"],
            arranged.Select(d => $"{d.Code.Id} {d.Location.Path}"));
        Assert.All(arranged.Skip(2), d => Assert.Equal(Severity.Notice, d.Severity));
        Assert.StartsWith("5 PT083", arranged[2].EnglishMessage, StringComparison.Ordinal);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {git.StandardError.ReadToEnd()}");
    }
}
