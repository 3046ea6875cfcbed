using Portal.Diagnostics;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>The paths the outputs declare, each output's apart, and the theme's assets: what the validate stage checked for clashes, and what rendering and the outputs read of it.</summary>
internal sealed record OutputPlan(IReadOnlyList<IReadOnlyList<string>> Declared, IReadOnlyList<string> AssetPaths)
{
    /// <summary>Every path the outputs declare, in the order of the outputs.</summary>
    public IEnumerable<string> OutputPaths => Declared.SelectMany(paths => paths);

    /// <summary>What output number <paramref name="index"/> must not write: the assets and the other outputs' paths.</summary>
    public IReadOnlySet<string> OthersThan(int index) =>
        AssetPaths.Concat(Declared.Where((_, i) => i != index).SelectMany(paths => paths)).ToHashSet(StringComparer.Ordinal);
}

/// <summary>The validate stage: what the typed values refer to, the features' validators, and output paths that clash (<see cref="OutputPathValidator"/>).</summary>
internal static class ValidateStage
{
    public static OutputPlan Run(SiteModel site, Theme theme, BuildParts parts, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(BuildStage.Validate, 0, 1));
        SiteValidator.Validate(site, parts.Validators, diagnostics);
        var plan = new OutputPlan([.. parts.Outputs.Select(o => (IReadOnlyList<string>)[.. o.Paths(site)])], [.. theme.Assets.Assets.Select(a => a.OutputPath)]);
        OutputPathValidator.Validate(OutputPathValidator.Plan(site, plan.OutputPaths, plan.AssetPaths), diagnostics);
        return plan;
    }
}
