namespace Portal.BrowserTests.Infrastructure;

/// <summary>Where the repository and this test project's own files are, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder that holds <c>Portal.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string RealInput => Path.Combine(RepositoryRoot, "input");

    public static string RealTheme => Path.Combine(RepositoryRoot, "theme");

    public static string ThemeLayouts => Path.Combine(RealTheme, "layouts");

    /// <summary>This project's source folder (the fixture site and the npm packages are read from here, not from bin/).</summary>
    public static string ProjectDirectory => Path.Combine(RepositoryRoot, "tests", "Portal.BrowserTests");

    public static string FixtureSite => Path.Combine(ProjectDirectory, "Sites", "every-layout");

    private static string FindRoot()
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
