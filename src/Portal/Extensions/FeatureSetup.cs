using Fluid;
using Portal.Checks;
using Portal.Commands;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Site.Generators;
using Spectre.Console.Cli;

namespace Portal.Extensions;

/// <summary>What <see cref="IPortalFeature.Setup"/> registers its parts with; <see cref="BuildParts.From"/> reads them back in order.</summary>
public sealed class FeatureSetup
{
    internal List<PageKind> Kinds { get; } = [];
    internal List<SharedFrontMatterKey> SharedKeys { get; } = [];
    internal List<IPageGenerator> Generators { get; } = [];
    internal List<ISiteValidator> Validators { get; } = [];
    internal List<ISiteOutput> Outputs { get; } = [];
    internal List<IOutputCheck> Checks { get; } = [];
    internal List<TemplateFilter> Filters { get; } = [];
    internal List<IPageTemplateValues> PageValues { get; } = [];
    internal List<CommandRegistration> Commands { get; } = [];
    internal List<string> HiddenFromCrawlers { get; } = [];
    internal List<BuildReportSummary> BuildReportSummaries { get; } = [];

    /// <summary>A kind staff can name with <c>kind:</c>; the first registered named <c>page</c> is the default.</summary>
    public FeatureSetup AddKind(PageKind kind) => Add(Kinds, kind);

    /// <summary>A front-matter key every kind accepts (and, if asked, every attachment), read into the page's <see cref="FrontMatter.Extensions"/>.</summary>
    public FeatureSetup AddFrontMatterKey(SharedFrontMatterKey key) => Add(SharedKeys, key);

    /// <summary>Pages added at the model stage, after the generators it names in <see cref="IPageGenerator.RunsAfter"/>.</summary>
    public FeatureSetup AddGenerator(IPageGenerator generator) => Add(Generators, generator);

    /// <summary>A check of the site model at the validate stage (a data file, what pages refer to).</summary>
    public FeatureSetup AddValidator(ISiteValidator validator) => Add(Validators, validator);

    /// <summary>Files made after rendering, after the outputs it names in <see cref="ISiteOutput.RunsAfter"/>.</summary>
    public FeatureSetup AddOutput(ISiteOutput output) => Add(Outputs, output);

    /// <summary>A check of the finished pages that <c>portal check</c> runs.</summary>
    public FeatureSetup AddCheck(IOutputCheck check) => Add(Checks, check);

    /// <summary>A Liquid filter the theme may use (<c>{{ value | name }}</c>).</summary>
    public FeatureSetup AddFilter(string name, FilterDelegate filter) => Add(Filters, new TemplateFilter(name, filter));

    /// <summary>Values added to every page's (and attachment's) template object.</summary>
    public FeatureSetup AddPageValues(IPageTemplateValues values) => Add(PageValues, values);

    /// <summary>
    /// How <c>portal build</c> shortens the feature's diagnostics on the console (many notices of one kind as one line);
    /// <c>portal check</c> still lists each.
    /// </summary>
    public FeatureSetup SummariseInBuildReport(BuildReportSummary summary) => Add(BuildReportSummaries, summary);

    /// <summary>A path under the site (<c>admin/</c>) that robots.txt asks crawlers to leave alone.</summary>
    public FeatureSetup HideFromCrawlers(string path) => Add(HiddenFromCrawlers, path);

    /// <summary>
    /// A command of <c>portal</c> (<paramref name="under"/> null) or a sub-command of a built-in branch (<c>new</c>). Its
    /// constructor may take <see cref="CliConsole"/> and <see cref="BuildParts"/>: the parts every command builds with.
    /// </summary>
    /// <param name="description">Thai, then English in parentheses, as <c>portal --help</c> shows it.</param>
    /// <param name="examples">Each a whole command line after <c>portal</c>.</param>
    public FeatureSetup AddCommand<TCommand>(string name, string description, string? under = null, params string[][] examples)
        where TCommand : class, ICommandLimiter<PortalSettings> =>
        Add(Commands, new CommandRegistration(name, under,
            configurator => Describe(configurator.AddCommand<TCommand>(name), description, examples),
            configurator => Describe(configurator.AddCommand<TCommand>(name), description, examples)));

    private static void Describe(ICommandConfigurator command, string description, string[][] examples)
    {
        command.WithDescription(description);
        foreach (var example in examples)
        {
            command.WithExample(example);
        }
    }

    private FeatureSetup Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }
}

/// <summary>The diagnostics <c>portal build</c> prints: <paramref name="diagnostics"/>, some perhaps replaced by a summary.</summary>
public delegate IReadOnlyList<Diagnostic> BuildReportSummary(IReadOnlyList<Diagnostic> diagnostics);

/// <summary>A Liquid filter registered by a feature.</summary>
public sealed record TemplateFilter(string Name, FilterDelegate Filter);

/// <summary>A command registered by a feature: how to add it at the top of <c>portal</c>, or inside the branch it names.</summary>
public sealed record CommandRegistration(string Name, string? Under, Action<IConfigurator> AddToApp, Action<IConfigurator<PortalSettings>> AddToBranch);
