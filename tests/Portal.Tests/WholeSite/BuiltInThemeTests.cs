using Portal.Diagnostics;
using Portal.Features;
using Portal.Rendering;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The built-in theme (issue 24, point 2): it ships beside the engine (<see cref="ThemeFolders.BuiltInDirectory"/>, the
/// repository's <c>theme/</c> copied by the build), a site with no theme folder is built with it alone, and a site's
/// own theme folder replaces it file by file, as a Hugo site overrides its theme.
/// </summary>
public sealed class BuiltInThemeTests
{
    [Fact]
    public void The_built_in_theme_is_the_repositorys_theme_copied_beside_the_engine()
    {
        Assert.Equal(TempSite.Snapshot(TestPaths.RealTheme), TempSite.Snapshot(ThemeFolders.BuiltInDirectory));
    }

    [Fact]
    public void A_site_without_a_theme_folder_is_built_with_the_built_in_theme_byte_for_byte_as_with_the_repositorys()
    {
        using var site = TempSite.Create("basic");
        var withoutTheme = site.Options(Path.Combine(site.Root, "built-in")) with { ThemeDirectory = Path.Combine(site.Root, BuildOptions.DefaultThemeDirectory) };
        Assert.False(Directory.Exists(withoutTheme.ThemeDirectory));

        var builtIn = SiteBuild.Run(withoutTheme, PortalFeatures.Parts);
        var ownTheme = site.Build(Path.Combine(site.Root, "own"));

        Assert.True(builtIn.Succeeded, TempSite.Describe(builtIn.Diagnostics));
        Assert.True(ownTheme.Result.Succeeded, TempSite.Describe(ownTheme.Result.Diagnostics));
        Assert.Equal(TempSite.Snapshot(ownTheme.OutputDirectory), TempSite.Snapshot(withoutTheme.OutputDirectory));
    }

    [Fact]
    public void A_layout_and_an_asset_in_the_sites_theme_folder_replace_the_built_in_ones_and_the_rest_stays_built_in()
    {
        using var site = TempSite.Create("basic");
        var theme = OverridingTheme(site);
        Write(theme, "layouts/news.liquid", "<p class=\"app-override\">ข่าวในธีมของเว็บไซต์</p>\n{{ page.content | raw }}\n");
        Write(theme, "assets/css/site.css", "/* the site's own stylesheet */\n");

        var built = site.WithTheme(theme).Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var news = built.Page("/news/2022-12-05-tree-planting/");
        Assert.Equal("ข่าวในธีมของเว็บไซต์", news.QuerySelector("main .app-override")?.TextContent);
        Assert.Null(built.Page("/about/history/").QuerySelector(".app-override"));

        // The overriding stylesheet is published under its own fingerprint and linked by the built-in base layout;
        // the script nobody overrode is the built-in one.
        var stylesheet = news.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal("/* the site's own stylesheet */\n", built.Text(stylesheet.TrimStart('/')));
        var builtInScript = File.ReadAllBytes(Path.Combine(ThemeFolders.BuiltInDirectory, "assets", "js", "nav.js"));
        Assert.Equal(builtInScript, built.Bytes(Assert.Single(built.Files(), f => f.StartsWith("assets/js/nav.", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_mistake_in_an_overriding_file_is_reported_at_the_sites_file()
    {
        using var site = TempSite.Create("basic");
        var theme = OverridingTheme(site);
        Write(theme, "partials/footer.liquid", "<footer>\n{% if site.title %}\n</footer>\n");

        var result = site.WithTheme(theme).Build().Result;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.TemplateError, error.Code);
        Assert.Equal($"{theme}/partials/footer.liquid", error.Location.Path);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_built_in_theme_is_refused_as_in_the_sites_own()
    {
        using var site = TempSite.Create("basic");
        var builtIn = Path.Combine(site.Root, "tool", "theme");
        TempSite.CopyDirectory(ThemeFolders.BuiltInDirectory, builtIn);
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "not for the web");
        File.CreateSymbolicLink(Path.Combine(builtIn, "assets", "secret.txt"), Path.Combine(site.Root, "secret.txt"));
        var options = site.Options() with { ThemeDirectory = Path.Combine(site.Root, BuildOptions.DefaultThemeDirectory), BuiltInThemeDirectory = builtIn };

        var result = SiteBuild.Run(options, PortalFeatures.Parts);

        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.PathOutsideInput, refused.Code);
        Assert.Equal($"{builtIn}/assets/secret.txt", refused.Location.Path);
    }

    [Fact]
    public void A_theme_folder_named_on_purpose_must_exist()
    {
        using var site = TempSite.Create("basic");

        var error = Assert.Throws<BuildConfigurationException>(() => SiteBuild.Run(site.Options() with { ThemeDirectory = Path.Combine(site.Root, "thme") }, PortalFeatures.Parts));

        Assert.Contains("thme", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An empty theme folder of the site's own, beside its input (files are added by each test).</summary>
    private static string OverridingTheme(TempSite site)
    {
        var theme = Path.Combine(site.Root, "theme");
        Directory.CreateDirectory(theme);
        return theme;
    }

    private static void Write(string theme, string relativePath, string text)
    {
        var path = Path.Combine(theme, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
