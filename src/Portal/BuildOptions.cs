namespace Portal;

/// <summary>What to build and where. Display roots are how the user named the folders, used in messages.</summary>
public sealed record BuildOptions(
    string InputDirectory = "input",
    string ThemeDirectory = "theme",
    string OutputDirectory = "_site",
    string? BaseUrl = null,
    bool IncludeDrafts = false);
