using Portal.Diagnostics;

namespace Portal.BrowserTests;

/// <summary>
/// The sites the search tests read, each built once per test run into a temporary folder: the real
/// site (<c>input/</c> with <c>theme/</c>) and the fixtures under <c>SearchSites/</c>. The only place
/// these tests call the build.
/// </summary>
public static class SearchSites
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    private static readonly Lazy<string> RealSite = new(() => Build(Path.Combine(RepositoryRoot, "input")));
    private static readonly Lazy<string> FixtureSite = new(() => Build(Path.Combine(RepositoryRoot, "tests", "Portal.BrowserTests", "SearchSites", "relevance", "input")));
    private static readonly Lazy<string> SnapshotSite = new(() => Build(Path.Combine(RepositoryRoot, "tests", "Portal.BrowserTests", "SearchSites", "snapshot", "input")));
    private static readonly Lazy<string> AttachmentsSite = new(() => Build(Path.Combine(RepositoryRoot, "tests", "Portal.BrowserTests", "SearchSites", "attachments", "input")));

    public static string Real => RealSite.Value;

    public static string Fixture => FixtureSite.Value;

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
    public static string Attachments => AttachmentsSite.Value;

    private static string Build(string input)
    {
        var output = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(output);
        var result = SiteBuild.Run(new BuildOptions(input, Path.Combine(RepositoryRoot, "theme"), output, BaseUrl: null, IncludeDrafts: false));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{input} did not build:\n" + string.Join('\n', result.Diagnostics.Select(TextDiagnosticFormatter.Format)));
        }

        return output;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the run.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Portal.sln above {AppContext.BaseDirectory}");
    }
}
