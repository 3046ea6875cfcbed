using System.Runtime.CompilerServices;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>The model stage: types the loaded pages against their kinds and runs the generators (<see cref="SiteModelBuilder"/>).</summary>
internal static class ModelStage
{
    /// <param name="alreadyTyped">Front matter typed by an earlier build under the same theme and folder defaults (<see cref="SessionCache.TypedFrontMatter"/>).</param>
    /// <param name="oneShot">No later build types these pages again: each page's parsed YAML is let go once typed (<see cref="PageSource.ReleaseFrontMatter"/>), and what
    /// it was typed to is not kept in <paramref name="alreadyTyped"/> (a table that took a lock for each page, and whose weak entries every collection had to trace).</param>
    public static SiteModel Run(LoadedSite loaded, BuildOptions options, BuildParts parts, ConditionalWeakTable<PageSource, TypedFrontMatter> alreadyTyped, DateOnly today,
        bool oneShot, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(BuildStage.Model, 0, 1));
        var site = SiteModelBuilder.Build(loaded.Content, parts, options.BaseUrl, options.IncludeDrafts, loaded.Theme.Theme.LayoutNames, diagnostics, today, oneShot ? null : alreadyTyped);
        if (oneShot)
        {
            foreach (var page in loaded.Content.Pages)
            {
                page.ReleaseFrontMatter();
            }
        }

        return site;
    }
}
