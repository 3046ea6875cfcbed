using Portal.Checks;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Kinds;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Site.Generators;

namespace Portal;

/// <summary>
/// The registered parts of a build, gathered from its features (<see cref="IPortalFeature"/>): page kinds, shared
/// front-matter keys, generators, validators, outputs, output checks, template filters and values, and commands. Features
/// are set up after the features they depend on, generators and outputs run after the ones they name; otherwise
/// everything keeps the order it was registered in.
/// </summary>
public sealed class BuildParts
{
    private BuildParts(IReadOnlyList<IPortalFeature> features, FeatureSetup setup)
    {
        Features = features;
        Kinds = new PageKindRegistry(setup.Kinds, setup.SharedKeys);
        Generators = DependencyOrder.Sort(setup.Generators, g => g.RunsAfter, "generator");
        Validators = [.. setup.Validators];
        Outputs = DependencyOrder.Sort(setup.Outputs, o => o.RunsAfter, "output");
        Checks = [.. setup.Checks];
        Filters = [.. setup.Filters];
        PageValues = [.. setup.PageValues];
        Commands = [.. setup.Commands];
        HiddenFromCrawlers = [.. setup.HiddenFromCrawlers];
        BuildReportSummaries = [.. setup.BuildReportSummaries];
    }

    /// <summary>The parts of <paramref name="features"/>, each set up once after those it depends on.</summary>
    /// <exception cref="InvalidOperationException">A feature depends on one that is missing, or dependencies form a cycle.</exception>
    public static BuildParts From(IEnumerable<IPortalFeature> features)
    {
        var ordered = DependencyOrder.Sort([.. features], f => f.DependsOn, "feature");
        var setup = new FeatureSetup();
        foreach (var feature in ordered)
        {
            feature.Setup(setup);
        }

        return new BuildParts(ordered, setup);
    }

    /// <summary>The features, in the order they were set up.</summary>
    public IReadOnlyList<IPortalFeature> Features { get; }

    /// <summary>The page kinds and the front-matter keys every kind shares.</summary>
    public PageKindRegistry Kinds { get; }

    /// <summary>Run in this order; a later generator sees the pages of the earlier ones.</summary>
    public IReadOnlyList<IPageGenerator> Generators { get; }

    public IReadOnlyList<ISiteValidator> Validators { get; }

    public IReadOnlyList<ISiteOutput> Outputs { get; }

    /// <summary>What <c>portal check</c> runs on the finished site, in this order.</summary>
    public IReadOnlyList<IOutputCheck> Checks { get; }

    public IReadOnlyList<TemplateFilter> Filters { get; }

    public IReadOnlyList<IPageTemplateValues> PageValues { get; }

    public IReadOnlyList<CommandRegistration> Commands { get; }

    /// <summary>Paths robots.txt disallows.</summary>
    public IReadOnlyList<string> HiddenFromCrawlers { get; }

    /// <summary>Applied in this order to what <c>portal build</c> prints.</summary>
    public IReadOnlyList<BuildReportSummary> BuildReportSummaries { get; }

    /// <summary>The diagnostics as <c>portal build</c> prints them, each feature's summary applied.</summary>
    public IReadOnlyList<Diagnostic> BuildReport(IReadOnlyList<Diagnostic> diagnostics) =>
        BuildReportSummaries.Aggregate(diagnostics, (shown, summarise) => summarise(shown));

    /// <summary>These parts and the parts of more features (a test's, a plug-in's).</summary>
    public BuildParts With(params IPortalFeature[] features) => From([.. Features, .. features]);

    /// <summary>These parts and some more, registered after the built-in ones, as one feature of their own.</summary>
    public BuildParts With(IEnumerable<PageKind>? kinds = null, IEnumerable<IPageGenerator>? generators = null, IEnumerable<ISiteOutput>? outputs = null) =>
        With(new LooseParts([.. kinds ?? []], [.. generators ?? []], [.. outputs ?? []]));

    private sealed class LooseParts(IReadOnlyList<PageKind> kinds, IReadOnlyList<IPageGenerator> generators, IReadOnlyList<ISiteOutput> outputs) : IPortalFeature
    {
        public void Setup(FeatureSetup setup)
        {
            kinds.ToList().ForEach(k => setup.AddKind(k));
            generators.ToList().ForEach(g => setup.AddGenerator(g));
            outputs.ToList().ForEach(o => setup.AddOutput(o));
        }
    }
}
