using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Theme mistakes (a template that does not parse, a filter that fails while rendering) are diagnostics like
/// content mistakes: reported at a file and line, on one line, never thrown. Uses the fixture's own tiny theme.
/// </summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void Template_errors_are_reported_as_diagnostics_not_thrown()
    {
        using var site = TempSite.Create("error-template");
        Assert.StartsWith(site.Root, site.ThemeDirectory, StringComparison.Ordinal);

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        var renderError = Assert.Single(built.Result.Diagnostics, d => d.Location.Path == site.Display("chart.md"));
        Assert.Equal("PT013", renderError.Code.Id);
        Assert.Contains("bar_chart", renderError.EnglishMessage, StringComparison.Ordinal);
        var parseError = Assert.Single(built.Result.Diagnostics, d => d.Location.Path == $"{site.ThemeDirectory}/layouts/broken.liquid");
        Assert.Equal("PT013", parseError.Code.Id);
        Assert.Equal(2, built.Result.Diagnostics.Count);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Template_parse_error_is_one_line_at_the_line_of_the_problem()
    {
        // layouts/broken.liquid opens {% if %} on line 2 and never closes it; the parser notices on line 3.
        using var site = TempSite.Create("error-template");

        var parseError = Assert.Single(site.Build().Result.Diagnostics, d => d.Location.Path.EndsWith("/layouts/broken.liquid", StringComparison.Ordinal));
        var text = TextDiagnosticFormatter.Format(parseError);

        Assert.DoesNotContain('\n', text);
        Assert.Matches(@"^.+/layouts/broken\.liquid:\d+:\d+: error PT013: .+ \(.+\)$", text);
        Assert.InRange(parseError.Location.Line, 2, 3);
    }

    [Fact]
    public void Broken_partial_is_reported_once_at_its_own_line()
    {
        // Every page includes the footer: a mistake there must not print one message per page.
        using var site = TempSite.Create("basic");
        var theme = CopyTheme(site, "partials/footer.liquid", "\n{% if site.title %}\n");

        var result = SiteBuild.Run(site.Options() with { ThemeDirectory = theme }, PortalFeatures.Parts);

        Assert.False(result.Succeeded);
        var parseError = Assert.Single(result.Diagnostics);
        Assert.Equal("PT013", parseError.Code.Id);
        Assert.Equal($"{theme}/partials/footer.liquid", parseError.Location.Path);
        Assert.True(parseError.Location.Line > 1, parseError.ToString());
    }

    [Fact]
    public void Failure_in_the_base_layout_is_reported_once_with_the_number_of_other_pages()
    {
        using var site = TempSite.Create("basic");
        var theme = CopyTheme(site, "layouts/base.liquid", "{{ \"css/none.css\" | asset_url }}");

        var result = SiteBuild.Run(site.Options() with { ThemeDirectory = theme }, PortalFeatures.Parts);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(site.Display("about/history.md"), error.Location.Path);
        var others = BasicSiteFixture.PublishedUrls.Count + BasicSiteFixture.GeneratedPages.Count - 1;
        Assert.Equal($"rendering with layout 'base' failed: asset_url: theme/assets/css/none.css does not exist (and {others} more pages)", error.EnglishMessage);
        Assert.EndsWith($"(และอีก {others} หน้า)", error.ThaiMessage, StringComparison.Ordinal);
    }

    /// <summary>A copy of the real theme with <paramref name="text"/> appended to one template.</summary>
    private static string CopyTheme(TempSite site, string template, string text)
    {
        var theme = Path.Combine(site.Root, "theme-copy");
        TempSite.CopyDirectory(site.ThemeDirectory, theme);
        File.AppendAllText(Path.Combine(theme, template), text);
        return theme;
    }
}
