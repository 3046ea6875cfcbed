using System.Reflection;
using Portal.Output;
using Portal.Pipeline;

namespace Portal.Tests.Unit;

/// <summary>
/// The build runs as stages that keep nothing between builds (<c>Pipeline/*Stage</c>), around one cache that keeps everything
/// that does (<see cref="SessionCache"/>).
/// </summary>
public sealed class PipelineTests
{
    private const BindingFlags AllFields = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_stage_is_static_and_keeps_nothing_between_builds()
    {
        var stages = typeof(BuildSession).Assembly.GetTypes()
            .Where(t => t.Namespace == "Portal.Pipeline" && t.Name.EndsWith("Stage", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["CheckStage", "LoadStage", "ModelStage", "OutputStage", "RenderStage", "ValidateStage", "WriteStage"], stages.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(stages, stage =>
        {
            Assert.True(stage.IsAbstract && stage.IsSealed, $"{stage.Name} is not a static class");
            Assert.DoesNotContain(stage.GetFields(AllFields), f => !f.IsLiteral);
        });
    }

    [Fact]
    public void The_session_keeps_its_state_only_in_its_cache()
    {
        var kept = typeof(BuildSession).GetFields(AllFields).Select(f => f.FieldType).Where(t => t != typeof(BuildOptions) && t != typeof(BuildParts));

        Assert.Equal([typeof(SessionCache)], kept);
    }

    [Fact]
    public void The_theme_is_parsed_again_only_when_its_stamp_changes()
    {
        var cache = new SessionCache(keepsRenders: true);
        var parses = 0;
        (Rendering.Theme, Markdown.MarkdownRenderer, IReadOnlyList<Diagnostics.Diagnostic>) Parse()
        {
            parses++;
            return (null!, null!, []);
        }

        var first = cache.Theme("a", Parse);
        Assert.Same(first, cache.Theme("a", Parse));
        Assert.NotSame(first, cache.Theme("b", Parse));
        Assert.Equal(2, parses);
    }

    [Fact]
    public void Typed_front_matter_is_dropped_when_the_settings_change()
    {
        var cache = new SessionCache(keepsRenders: true);
        var first = cache.TypedFrontMatter("theme 1");

        Assert.Same(first, cache.TypedFrontMatter("theme 1"));
        Assert.NotSame(first, cache.TypedFrontMatter("theme 2"));
    }

    [Fact]
    public void A_completion_publishes_only_while_no_build_has_started_since()
    {
        var cache = new SessionCache(keepsRenders: true);
        var writes = 0;
        var first = cache.StartBuild();
        Assert.True(cache.PublishIfLatest(first, [OutputFile.Bytes("search.json", [1])], () => writes++));
        Assert.Equal("search.json", Assert.Single(cache.DeferrableFiles!).RelativePath);

        var second = cache.StartBuild();
        Assert.False(cache.IsLatest(first));
        Assert.False(cache.PublishIfLatest(first, [], () => writes++));
        Assert.True(cache.IsLatest(second));
        Assert.Equal(1, writes);
        Assert.Single(cache.DeferrableFiles!);
    }
}
