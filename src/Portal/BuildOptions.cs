using Portal.Extensions;

namespace Portal;

/// <summary>What to build and where. Display roots are how the user named the folders, used in messages.</summary>
/// <param name="ThemeDirectory">The site's theme folder: its files replace the built-in theme's files of the same path (<see cref="Rendering.ThemeFolders"/>). The default folder may be absent.</param>
/// <param name="AsOf">The day of the build (<c>--as-of</c>); null takes <c>SOURCE_DATE_EPOCH</c> or the clock (<see cref="BuildDate"/>).</param>
/// <param name="Preview">A build to look at before publishing (a deploy preview, <c>portal serve</c>): templates see <c>site.preview</c> and show a banner.</param>
public sealed record BuildOptions(
    string InputDirectory = "input",
    string ThemeDirectory = BuildOptions.DefaultThemeDirectory,
    string OutputDirectory = "_site",
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool Preview = false,
    DateOnly? AsOf = null)
{
    public const string DefaultThemeDirectory = "theme";

    /// <summary>The theme that ships with the engine, under the site's theme folder; null for none (a test's theme alone).</summary>
    public string? BuiltInThemeDirectory { get; init; } = Rendering.ThemeFolders.BuiltInDirectory;

    /// <summary>Options of features, by type (the web editor's local saving under <c>portal serve --cms</c>).</summary>
    public FeatureData Extensions { get; init; } = FeatureData.Empty;
}
