using System.Runtime.CompilerServices;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>The model stage: types the loaded pages against their kinds and runs the generators (<see cref="SiteModelBuilder"/>).</summary>
internal static class ModelStage
{
    /// <param name="alreadyTyped">Front matter typed by an earlier build under the same theme and folder defaults (<see cref="SessionCache.TypedFrontMatter"/>).</param>
    public static SiteModel Run(LoadedSite loaded, BuildOptions options, BuildParts parts, ConditionalWeakTable<PageSource, TypedFrontMatter> alreadyTyped, DateOnly today,
        DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(BuildStage.Model, 0, 1));
        return SiteModelBuilder.Build(loaded.Content, parts, options.BaseUrl, options.IncludeDrafts, loaded.Theme.Theme.LayoutNames, diagnostics, today, alreadyTyped);
    }
}
