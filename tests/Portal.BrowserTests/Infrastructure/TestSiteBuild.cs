using Portal.Diagnostics;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// The one place these tests call the build. The build API is being reshaped (a build session will replace
/// <c>SiteBuild.Run</c>); only this method needs to follow it.
/// </summary>
internal static class TestSiteBuild
{
    /// <summary>Builds <paramref name="input"/> with <paramref name="theme"/> into <paramref name="output"/>; any diagnostic fails the fixture.</summary>
    public static void Build(string input, string theme, string output)
    {
        var result = SiteBuild.Run(new BuildOptions(input, theme, output));
        if (result.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"the site in {input} did not build cleanly:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics.Select(TextDiagnosticFormatter.Format)));
        }
    }
}
