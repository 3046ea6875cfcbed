using Portal.Content;

namespace Portal.Rendering;

/// <summary>
/// Where the theme's files come from, in the order a file is looked for: the site's own theme folder, then the
/// built-in theme that ships with the engine. A file in the site's folder replaces the built-in file of the same
/// path, as a Hugo site overrides its theme, so a site holds only the files it changes (or no theme folder at all).
/// </summary>
public sealed class ThemeFolders
{
    /// <summary>The built-in theme: the repository's <c>theme/</c>, which the build copies beside the engine's assembly (and the pack into the tool).</summary>
    public static string BuiltInDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    private ThemeFolders(IReadOnlyList<ContentPaths> layers) => Layers = layers;

    /// <summary>The folders that exist, the site's first; a built-in folder that is the site's own folder is listed once.</summary>
    public IReadOnlyList<ContentPaths> Layers { get; }

    /// <summary>Where a file the theme lacks would go, as shown in messages: the site's folder.</summary>
    public string DisplayRoot { get; private init; } = "theme";

    /// <param name="siteDirectory">The site's theme folder (<c>--theme</c>); it may be absent.</param>
    /// <param name="builtInDirectory">The built-in theme (<see cref="BuiltInDirectory"/>); null or absent for none.</param>
    public static ThemeFolders Of(string siteDirectory, string? builtInDirectory)
    {
        var site = new ContentPaths(siteDirectory, ContentPaths.DisplayName(siteDirectory));
        var layers = new List<ContentPaths>();
        if (Directory.Exists(site.Root))
        {
            layers.Add(site);
        }

        // Shown by its full path: that is where a staff member finds the file to copy into the site's theme folder.
        if (builtInDirectory is not null && Directory.Exists(builtInDirectory) && !SameFolder(builtInDirectory, siteDirectory))
        {
            layers.Add(new ContentPaths(builtInDirectory, Path.GetFullPath(builtInDirectory).Replace('\\', '/')));
        }

        return new ThemeFolders(layers) { DisplayRoot = site.DisplayRoot };
    }

    private static bool SameFolder(string builtIn, string site) =>
        Directory.Exists(site) && RealPath.Resolve(Path.GetFullPath(builtIn)).Path == RealPath.Resolve(Path.GetFullPath(site)).Path;
}
