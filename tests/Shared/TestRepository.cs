namespace Portal.Testing;

/// <summary>
/// The checkout the tests run from, found once from the test assembly's folder (<c>tests/X/bin/…</c>): the folder that
/// holds <c>Portal.sln</c>. Every test project links this one file, so tests read the source tree, never a copy in
/// <c>bin/</c> where a deleted file could linger.
/// </summary>
internal static class TestRepository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>The real site's content (<c>input/</c>).</summary>
    public static string RealInput => Path.Combine(Root, "input");

    /// <summary>The real theme (<c>theme/</c>).</summary>
    public static string RealTheme => Path.Combine(Root, "theme");

    /// <summary>Netlify's configuration, whose <c>[[headers]]</c> the test servers answer with, as the live site does.</summary>
    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

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
