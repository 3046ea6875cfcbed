using Portal.Checks;
using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>The checks stage (<c>portal check</c> only): the output checks on the finished site, which see every path it would have.</summary>
internal static class CheckStage
{
    public static void Run(IReadOnlyList<IOutputCheck> checks, SiteModel site, Theme theme, OutputPlan plan, RenderedSite rendered, DiagnosticBag diagnostics)
    {
        if (checks.Count == 0)
        {
            return;
        }

        var sitePaths = site.Pages.Select(p => p.OutputPath).Concat(site.Files.Select(f => f.RelativePath))
            .Concat(theme.Assets.Assets.Select(a => a.OutputPath)).Concat(plan.OutputPaths);
        OutputChecks.Run(checks, new CheckContext(rendered.Pages, sitePaths, theme), diagnostics);
    }
}
