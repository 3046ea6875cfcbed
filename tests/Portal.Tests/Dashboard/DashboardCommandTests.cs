using Portal.Testing;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Dashboard;

/// <summary><c>portal dashboard</c> as staff run it: a bad source is one line and exit 0; a bad command line or sources file is exit 2.</summary>
[Collection(CliRunner.Collection)]
public sealed class DashboardCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", $"dashboard-cli-{Guid.NewGuid():N}");

    [Fact]
    public void Each_bad_source_is_one_warning_line_in_Thai_and_English_and_the_dashboard_is_built_with_the_rest()
    {
        var corpus = SyntheticCoverage.Write(_folder, 40);

        var result = CliRunner.Run(_folder, "dashboard", "--sources", "sources.yml", "--output", "dash", "--theme", TestPaths.RealTheme, "--as-of", "2026-12-06");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bad = corpus.Bodies.Where(b => b.Problem is not null).ToList();
        var warnings = result.ErrorLines.Where(l => l.Contains(": warning PT1", StringComparison.Ordinal)).ToList();
        Assert.Equal(bad.Count, warnings.Count);
        Assert.All(bad, body => Assert.Single(warnings, w => w.Contains($"({body.Id} 2570: ", StringComparison.Ordinal) && w.StartsWith("sources.yml:", StringComparison.Ordinal)));
        Assert.Contains($"2570: {corpus.Bodies.Count - bad.Count} of {corpus.Bodies.Count} bodies read, {bad.Count} with problems", result.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "dash", "2570", "problems", "index.html")));
    }

    [Fact]
    public void A_sources_file_with_a_mistake_is_exit_2_with_the_mistake_at_its_line_and_nothing_is_written()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "sources.yml"), "bodies:\n  - name: หนึ่ง\n    kind: municipality\n    province: ไม่มีจังหวัดนี้\n    site: https://one.example.go.th\n");

        var result = CliRunner.Run(_folder, "dashboard", "--sources", "sources.yml", "--theme", TestPaths.RealTheme);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("sources.yml:4:", StringComparison.Ordinal) && l.Contains("error PT108", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_folder, "dash")));
    }

    [Theory]
    [InlineData("--year", "25x0")]
    [InlineData("--parallel", "0")]
    [InlineData("--max-bytes", "10")]
    public void A_bad_option_is_exit_2(string option, string value)
    {
        Directory.CreateDirectory(_folder);

        var result = CliRunner.Run(_folder, "dashboard", "--sources", "sources.yml", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
