using Portal.Testing;

namespace Portal.Tests.WholeSite;

/// <summary>Where the repository, the real theme and the fixture sites are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    /// <summary>The folder that holds <c>Portal.sln</c>.</summary>
    public static string RepositoryRoot => TestRepository.Root;

    /// <summary>The real theme (<c>theme/</c> at the repository root).</summary>
    public static string RealTheme => TestRepository.RealTheme;

    /// <summary>
    /// The fixture sites. Read from the source tree, not from the copy in the output folder, so a file
    /// deleted or renamed in a fixture cannot linger in <c>bin/</c> and change what a test sees.
    /// </summary>
    public static string Sites => Path.Combine(RepositoryRoot, "tests", "Portal.Tests", "Sites");

    public static string Site(string name)
    {
        var folder = Path.Combine(Sites, name);
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"no fixture site {folder}");
    }

}
