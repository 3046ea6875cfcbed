using Portal.Testing;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Where the repository and this test project's own files are, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds <c>Portal.sln</c>.</summary>
    public static string RepositoryRoot => TestRepository.Root;

    public static string RealInput => TestRepository.RealInput;

    public static string RealTheme => TestRepository.RealTheme;

    public static string ThemeLayouts => Path.Combine(RealTheme, "layouts");

    /// <summary>This project's source folder (the fixture site and the npm packages are read from here, not from bin/).</summary>
    public static string ProjectDirectory => Path.Combine(RepositoryRoot, "tests", "Portal.BrowserTests");

    public static string FixtureSite => Path.Combine(ProjectDirectory, "Sites", "every-layout");

}
