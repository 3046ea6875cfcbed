using Portal.Diagnostics;
using Portal.Features;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>The one place these tests call the build.</summary>
internal static class TestSiteBuild
{
    /// <summary>Builds <paramref name="input"/> with <paramref name="theme"/> into <paramref name="output"/>; any error fails the fixture (warnings, such as values awaiting the municipality's confirmation, do not).</summary>
    public static void Build(string input, string theme, string output)
    {
        var result = SiteBuild.Run(new BuildOptions(input, theme, output), PortalFeatures.Parts);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"the site in {input} did not build cleanly:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics.Select(TextDiagnosticFormatter.Format)));
        }
    }
}
