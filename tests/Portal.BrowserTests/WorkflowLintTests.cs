using System.Diagnostics;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>Every GitHub workflow, this repository's and those portal init writes, passes actionlint, so a mistake in one shows here and not first on GitHub's runners.</summary>
public sealed class WorkflowLintTests
{
    [WorkflowLintFact]
    public void Every_workflow_passes_actionlint()
    {
        var newSiteWorkflows = Directory.GetFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "src", "Portal", "Features", "NewSite", "Template", "dot-github", "workflows"), "*.yml");
        var workflows = Directory.GetFiles(Path.Combine(RepositoryPaths.RepositoryRoot, ".github", "workflows"), "*.yml").Concat(newSiteWorkflows).ToArray();

        var (exitCode, output) = Lint(workflows);

        Assert.NotEmpty(workflows);
        Assert.Equal(3, newSiteWorkflows.Length);
        Assert.True(exitCode == 0, output);
    }

    [WorkflowLintFact]
    public void The_linter_reports_an_untrusted_value_in_a_script()
    {
        var workflow = Path.Combine(Path.GetTempPath(), $"portal-lint-{Guid.NewGuid():N}.yml");
        File.WriteAllText(workflow, """
            on: pull_request
            jobs:
              check:
                runs-on: ubuntu-24.04
                steps:
                  - run: echo "${{ github.event.pull_request.title }}"
            """);
        try
        {
            var (exitCode, output) = Lint([workflow]);

            Assert.Equal(1, exitCode);
            Assert.Contains("github.event.pull_request.title\" is potentially untrusted", output, StringComparison.Ordinal);
            Assert.DoesNotContain("ubuntu-24.04", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(workflow);
        }
    }

    private static (int ExitCode, string Output) Lint(IEnumerable<string> workflows)
    {
        RequiredTool.EnsureExists(WorkflowLintFactAttribute.Linter, HtmlCheckerFactAttribute.VnuInstall);
        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.ProjectDirectory, "lint-workflows.cjs"), .. workflows])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        return (node.ExitCode, output + error.Result);
    }
}
