using YamlDotNet.RepresentationModel;

namespace Portal.Tests.WholeSite;

/// <summary>The pull-request workflow staff rely on: it restores with a NuGet cache, annotates content errors on the pull request, and runs the tests.</summary>
public sealed class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

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

    private static List<YamlMappingNode> Steps()
    {
        var job = (YamlMappingNode)((YamlMappingNode)Workflow["jobs"]).Children.Values.Single();
        return [.. ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>()];
    }

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows", "pull-request.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
