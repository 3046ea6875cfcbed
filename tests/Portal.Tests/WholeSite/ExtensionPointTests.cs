using System.Text;
using Portal.Features;
using Portal.Output;
using Portal.Site;
using Portal.Tests.Features.Recipes;

namespace Portal.Tests.WholeSite;

/// <summary>
/// A feature defined in test code (<see cref="RecipeFeature"/>: a page kind, a generator, an output, a template filter and a
/// command) builds a fixture site and runs its command with one registration line and no edit to the library or the CLI.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class ExtensionPointTests
{
    private static readonly BuildParts Parts = PortalFeatures.Parts.With(new RecipeFeature());

    [Fact]
    public void A_kind_declares_its_layout_fields_and_required_keys_and_templates_see_its_values_through_the_features_filter()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\nsteps: [โขลกพริก, ผัดพริกแกง]\n---\nวิธีทำ\n");

        var built = Build(site);

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var page = built.Page("/recipes/green-curry/");
        Assert.Equal("สำหรับ 4 ที่", page.QuerySelector(".recipe__servings")!.TextContent);
        Assert.Equal(["โขลกพริก", "ผัดพริกแกง"], page.QuerySelectorAll(".recipe__step").Select(s => s.TextContent));
    }

    [Fact]
    public void A_kinds_required_key_and_its_typed_values_are_checked_with_did_you_mean_among_its_own_keys()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservngs: 4\nsteps: โขลกพริก\n---\n");

        var built = Build(site);

        var display = site.Display("recipes/green-curry.md");
        Assert.Collection(built.Result.Diagnostics,
            d => Assert.Equal(("PT017", new Portal.Diagnostics.SourceLocation(display, 3, 1)), (d.Code.Id, d.Location)),
            d => Assert.Equal(("PT003", "unknown front-matter key 'servngs'; did you mean 'servings'?"), (d.Code.Id, d.EnglishMessage)),
            d => Assert.Equal(("PT005", new Portal.Diagnostics.SourceLocation(display, 5, 8)), (d.Code.Id, d.Location)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_generator_adds_a_page_rendered_through_the_theme()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\n---\n");

        var built = Build(site);

        var index = built.Page("/recipes/all/");
        Assert.Equal("สูตรอาหารทั้งหมด (1)", index.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void An_output_sees_every_rendered_page_with_its_headings_and_declares_its_path()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\n---\n## เครื่องปรุง\n\n## วิธีทำ\n");

        var built = Build(site);

        var lines = built.Text("pages.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("/recipes/green-curry/ recipe เครื่องปรุง|วิธีทำ", lines);
        Assert.Contains("/recipes/all/ page ", lines);
    }

    [Fact]
    public void An_outputs_declared_path_is_a_link_target_and_clashes_with_content_are_reported()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\n---\n[รายการหน้า](/pages.txt)\n");
        File.WriteAllText(Path.Combine(site.InputDirectory, "files", "clash.txt"), "x");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "pages.txt"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "pages.txt", "index.md"), "---\ntitle: ชน\n---\n");

        var built = Build(site);

        var clash = Assert.Single(built.Result.Diagnostics);
        Assert.Equal("PT015", clash.Code.Id);
        Assert.Equal(site.Display("pages.txt/index.md"), clash.Location.Path);
    }

    [Fact]
    public void An_output_may_claim_a_whole_folder_and_content_inside_it_is_a_clash()
    {
        using var site = TempSite.Create("basic");
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "listing"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "listing", "mine.md"), "---\ntitle: ของฉัน\n---\n");
        var options = site.Options();

        var result = new BuildSession(options, PortalFeatures.Parts.With(outputs: [new FolderOutput()])).Build(new FolderTarget(options.OutputDirectory));

        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal(("PT015", site.Display("listing/mine.md")), (clash.Code.Id, clash.Location.Path));
    }

    [Fact]
    public void An_output_that_writes_outside_its_declared_paths_is_a_bug_not_content()
    {
        using var site = TempSite.Create("basic");
        var options = site.Options();

        var session = new BuildSession(options, PortalFeatures.Parts.With(outputs: [new FolderOutput(writeOutside: true)]));

        var error = Assert.Throws<InvalidOperationException>(() => session.Build(new FolderTarget(options.OutputDirectory)));
        Assert.Contains("elsewhere.txt", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.OutputDirectory));
    }

    [Fact]
    public void A_features_command_reaches_the_cli_and_builds_with_the_features_parts()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\n---\n");

        var run = CliRunner.Run(site.Root, Parts, "recipes", "--input", "input", "--theme", site.ThemeDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("/recipes/green-curry/ แกงเขียวหวาน", run.StandardOutput.Trim());
    }

    [Fact]
    public void A_features_parts_reach_the_built_in_commands()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\n---\n");

        var build = CliRunner.Run(site.Root, Parts, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site");
        var withoutFeature = CliRunner.Run(site.Root, "check", "--input", "input", "--theme", site.ThemeDirectory);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", PageListOutput.Path)));
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", "recipes", "all", "index.html")));
        Assert.Equal(1, withoutFeature.ExitCode);
        Assert.Contains("a known page kind, not 'recipe'", withoutFeature.StandardOutput + withoutFeature.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_features_command_is_listed_in_the_help()
    {
        var run = CliRunner.Run(Path.GetTempPath(), Parts, "--help");

        Assert.Contains("list the site's recipes", run.StandardOutput, StringComparison.Ordinal);
    }

    private static BuiltSite Build(TempSite site)
    {
        var options = site.Options();
        return new BuiltSite(new BuildSession(options, Parts).Build(new FolderTarget(options.OutputDirectory)), options.OutputDirectory, site.InputDirectory);
    }

    /// <summary>The basic fixture with a theme that has a recipe layout, and one recipe page.</summary>
    private static TempSite SiteWithRecipes(string recipe)
    {
        var site = TempSite.Create("basic");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(site.ThemeDirectory, theme);
        File.WriteAllText(Path.Combine(theme, "layouts", "recipe.liquid"), """
            <h1>{{ page.title }}</h1>
            <p class="recipe__servings">{{ page.servings | servings_text }}</p>
            <ol>{% for step in page.steps %}<li class="recipe__step">{{ step }}</li>{% endfor %}</ol>
            {{ page.content | raw }}
            """);
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "recipes"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "recipes", "green-curry.md"), recipe);
        return site.WithTheme(theme);
    }

    private sealed class FolderOutput(bool writeOutside = false) : ISiteOutput
    {
        public IEnumerable<string> Paths(SiteModel site) => ["listing/"];

        public IEnumerable<OutputFile> Write(OutputContext context) =>
            [OutputFile.Bytes(writeOutside ? "elsewhere.txt" : "listing/a1b2.txt", Encoding.UTF8.GetBytes("x"))];
    }
}
