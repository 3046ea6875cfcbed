using YamlDotNet.RepresentationModel;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The workflows staff rely on: the pull-request one restores with a NuGet cache, annotates content errors on the pull
/// request, and runs the tests; after a merge, another records the new published URLs on main.
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
        var cache = Steps().Single(s => Value(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var with = (YamlMappingNode)cache["with"];

        Assert.Equal("${{ env.NUGET_PACKAGES }}", ((YamlScalarNode)with["path"]).Value);
        Assert.Contains("Directory.Packages.props", ((YamlScalarNode)with["key"]).Value, StringComparison.Ordinal);
        Assert.True(Steps().IndexOf(cache) < Steps().FindIndex(s => Value(s, "run") == "dotnet restore Portal.sln"));
    }

    [Fact]
    public void It_annotates_content_errors_and_then_runs_the_tests_even_when_the_check_failed()
    {
        var steps = Steps();
        var check = steps.FindIndex(s => Value(s, "run")?.EndsWith("-- check --format github", StringComparison.Ordinal) == true);
        var tests = steps.FindIndex(s => Value(s, "run") == "bash .ci/run");

        Assert.True(check >= 0 && tests > check);
        Assert.Equal("success() || failure()", Value(steps[tests], "if"));
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

    private static List<YamlMappingNode> Steps() => Steps(Workflow);

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow)
    {
        var job = (YamlMappingNode)((YamlMappingNode)workflow["jobs"]).Children.Values.Single();
        return [.. ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>()];
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
