using Portal.Diagnostics;
using Portal.Features;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// The sites the browser tests read, each built once per test run, on first use, into a temporary folder that goes
/// when the run ends: the real site (<c>input/</c> and <c>theme/</c> of this checkout), the fixture site that uses every
/// layout, and the search fixtures under <c>SearchSites/</c>. The one place these tests call the build.
/// </summary>
internal static class TestSites
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "portal-browser-tests", Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> RealSite = new(() => Build("real-site", RepositoryPaths.RealInput));
    private static readonly Lazy<string> EveryLayoutSite = new(() => Build("every-layout", Path.Combine(RepositoryPaths.FixtureSite, "input")));
    private static readonly Lazy<string> SearchRelevanceSite = new(() => Build("search-relevance", Path.Combine(RepositoryPaths.ProjectDirectory, "SearchSites", "relevance", "input")));
    private static readonly Lazy<string> SnapshotSite = new(() => Build("search-snapshot", Path.Combine(RepositoryPaths.ProjectDirectory, "SearchSites", "snapshot", "input")));
    private static readonly Lazy<string> SearchAttachmentsSite = new(() => Build("search-attachments", Path.Combine(RepositoryPaths.ProjectDirectory, "SearchSites", "attachments", "input")));

    static TestSites() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(Root);

    /// <summary>The real site's output folder.</summary>
    public static string Real => RealSite.Value;

    /// <summary>The output folder of the fixture site that uses every layout (<see cref="RepositoryPaths.FixtureSite"/>).</summary>
    public static string EveryLayout => EveryLayoutSite.Value;

    /// <summary>The search fixture whose pages the relevance set and the search page tests query.</summary>
    public static string SearchRelevance => SearchRelevanceSite.Value;

    /// <summary>
    /// A frozen copy of the real site's content (<c>SearchSites/snapshot/input/</c>, copied from <c>input/</c> when the
    /// relevance set grew for issue 22), so staff editing <c>input/</c> never turn these tests red.
    /// </summary>
    public static string Snapshot => SnapshotSite.Value;

    /// <summary>Set to 1 to run the cases written for the real site against <c>input/</c> itself instead of the snapshot.</summary>
    public const string RealSiteVariable = "PORTAL_SEARCH_REAL_SITE";

    /// <summary>The site the real-site cases run on: the snapshot, or <c>input/</c> when <see cref="RealSiteVariable"/> is 1.</summary>
    public static string RealOrSnapshot => Environment.GetEnvironmentVariable(RealSiteVariable) == "1" ? Real : Snapshot;

    /// <summary>A page that attaches a Thai PDF with a text layer.</summary>
    public static string SearchAttachments => SearchAttachmentsSite.Value;

    /// <summary>Builds <paramref name="input"/> with the real theme; any error fails the tests that use it (warnings, such as values awaiting the municipality's confirmation, do not).</summary>
    private static string Build(string name, string input)
    {
        var output = Path.Combine(Root, name);
        var result = SiteBuild.Run(new BuildOptions(input, RepositoryPaths.RealTheme, output), PortalFeatures.Parts);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"the site in {input} did not build cleanly:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics.Select(TextDiagnosticFormatter.Format)));
        }

        return output;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the run.
        }
    }
}
