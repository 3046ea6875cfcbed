using Portal.Extensions;
using Portal.Features;
using Portal.Features.Citizen;
using Portal.Features.Editor;
using Portal.Features.Oit;
using Portal.Features.Search;
using Portal.Site;
using Portal.Site.Generators;

namespace Portal.Tests.Unit;

/// <summary>Features are set up after those they depend on, and generators run after those they name, whatever the order of the list.</summary>
public sealed class FeatureRegistrationTests
{
    [Fact]
    public void A_feature_is_set_up_after_the_features_it_depends_on_whatever_the_order_of_the_list()
    {
        var parts = BuildParts.From([new CoreFeature(), new EditorFeature(), new SearchFeature(), new OitFeature(), new CitizenFeature()]);

        Assert.Equal([typeof(CoreFeature), typeof(OitFeature), typeof(EditorFeature), typeof(CitizenFeature), typeof(SearchFeature)], parts.Features.Select(f => f.GetType()));
    }

    [Fact]
    public void A_dependency_that_is_not_registered_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildParts.From([new CoreFeature(), new SearchFeature()]));

        Assert.Equal("feature SearchFeature depends on OitFeature, which is not registered", error.Message);
    }

    [Fact]
    public void A_cycle_of_dependencies_names_its_features()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildParts.From([new CoreFeature(), new Chicken(), new Egg()]));

        Assert.Equal("the feature dependencies form a cycle among Chicken, Egg", error.Message);
    }

    [Fact]
    public void A_generator_runs_after_the_generators_it_names_though_registered_before_them()
    {
        var parts = PortalFeatures.Parts.With(generators: [new CountsGeneratedPages(), new AddsOnePage()]);

        var generators = parts.Generators.Select(g => g.GetType()).ToList();

        Assert.True(generators.IndexOf(typeof(CountsGeneratedPages)) > generators.IndexOf(typeof(AddsOnePage)));
        Assert.True(generators.IndexOf(typeof(CountsGeneratedPages)) > generators.IndexOf(typeof(OitGenerator)));
    }

    [Fact]
    public void The_built_in_features_register_their_parts_once()
    {
        var parts = PortalFeatures.Parts;

        Assert.Equal(["page", "news", "service", "data-table"], parts.Kinds.All.Select(k => k.Name));
        Assert.Equal(["oit"], parts.Kinds.SharedKeys.Select(k => k.Key));
        Assert.Equal(["coverage", "catalog", "urls", "init", "dashboard"], parts.Commands.Select(c => c.Name));
        Assert.Equal(["admin/"], parts.HiddenFromCrawlers);
        Assert.Equal(parts.Outputs.Count, parts.Outputs.Select(o => o.GetType()).Distinct().Count());
    }

    private sealed class Chicken : IPortalFeature
    {
        public IReadOnlyList<Type> DependsOn => [typeof(Egg)];

        public void Setup(FeatureSetup setup)
        {
        }
    }

    private sealed class Egg : IPortalFeature
    {
        public IReadOnlyList<Type> DependsOn => [typeof(Chicken)];

        public void Setup(FeatureSetup setup)
        {
        }
    }

    private sealed class CountsGeneratedPages : IPageGenerator
    {
        public IReadOnlyList<Type> RunsAfter => [typeof(AddsOnePage), typeof(OitGenerator)];

        public IEnumerable<Page> Generate(GeneratorContext context) => [];
    }

    private sealed class AddsOnePage : IPageGenerator
    {
        public IEnumerable<Page> Generate(GeneratorContext context) => [];
    }
}
