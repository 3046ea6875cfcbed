using System.Text;
using Portal.Content;
using Portal.Kinds;
using Portal.Output;
using Portal.Site;
using Portal.Site.Generators;
using Spectre.Console.Cli;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Each extension point is one class and one registration: a page kind, a generator, an output and a
/// command, all defined here in the test code, build a fixture site without any edit to the pipeline.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class ExtensionPointTests
{
    private static readonly BuildParts Parts = BuildParts.BuiltIn.With(
        kinds: [new RecipeKind()],
        generators: [new RecipeIndexGenerator()],
        outputs: [new PageListOutput()]);

    [Fact]
    public void A_kind_declares_its_layout_fields_and_required_keys_and_templates_see_its_values()
    {
        using var site = SiteWithRecipes("---\ntitle: แกงเขียวหวาน\nkind: recipe\nservings: 4\nsteps: [โขลกพริก, ผัดพริกแกง]\n---\nวิธีทำ\n");

        var built = Build(site);

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var page = built.Page("/recipes/green-curry/");
        Assert.Equal("4", page.QuerySelector(".recipe__servings")!.TextContent);
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

        var result = new BuildSession(options, BuildParts.BuiltIn.With(outputs: [new FolderOutput()])).Build(new FolderTarget(options.OutputDirectory));

        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal(("PT015", site.Display("listing/mine.md")), (clash.Code.Id, clash.Location.Path));
    }

    [Fact]
    public void An_output_that_writes_outside_its_declared_paths_is_a_bug_not_content()
    {
        using var site = TempSite.Create("basic");
        var options = site.Options();

        var session = new BuildSession(options, BuildParts.BuiltIn.With(outputs: [new FolderOutput(writeOutside: true)]));

        var error = Assert.Throws<InvalidOperationException>(() => session.Build(new FolderTarget(options.OutputDirectory)));
        Assert.Contains("elsewhere.txt", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.OutputDirectory));
    }

    [Fact]
    public void A_command_is_one_class_and_one_registration()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, config => config.AddCommand<CountPagesCommand>("count-pages"), "count-pages", "--input", "input");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("pages: 10", run.StandardOutput.Trim());
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
            <p>เสิร์ฟ <span class="recipe__servings">{{ page.servings }}</span> ที่</p>
            <ol>{% for step in page.steps %}<li class="recipe__step">{{ step }}</li>{% endfor %}</ol>
            {{ page.content | raw }}
            """);
        Directory.CreateDirectory(Path.Combine(site.InputDirectory, "recipes"));
        File.WriteAllText(Path.Combine(site.InputDirectory, "recipes", "green-curry.md"), recipe);
        return site.WithTheme(theme);
    }

    private sealed class RecipeKind : PageKind
    {
        public override string Name => "recipe";

        public override string ThaiName => "สูตรอาหาร";

        public override IReadOnlyList<FrontMatterField> Fields =>
        [
            FrontMatterField.WholeNumber("servings", "จำนวนที่เสิร์ฟ"),
            FrontMatterField.TextList("steps", "ขั้นตอน"),
        ];

        public override IReadOnlyList<string> RequiredKeys => ["servings"];
    }

    private sealed class RecipeIndexGenerator : IPageGenerator
    {
        public IEnumerable<Page> Generate(GeneratorContext context)
        {
            var count = context.Pages.Count(p => p.Kind.Name == "recipe");
            return [new Page(PageOrigin.Generated, "/recipes/all/", new FrontMatter { Title = $"สูตรอาหารทั้งหมด ({count})" }, Source: null)];
        }
    }

    private sealed class PageListOutput : ISiteOutput
    {
        public IEnumerable<string> Paths(SiteModel site) => ["pages.txt"];

        public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes("pages.txt", Encoding.UTF8.GetBytes(string.Concat(
            context.Pages.Select(p => $"{p.Url} {p.Page.Kind.Name} {string.Join('|', p.Toc.Select(t => t.Title))}\n"))))];
    }

    private sealed class FolderOutput(bool writeOutside = false) : ISiteOutput
    {
        public IEnumerable<string> Paths(SiteModel site) => ["listing/"];

        public IEnumerable<OutputFile> Write(OutputContext context) =>
            [OutputFile.Bytes(writeOutside ? "elsewhere.txt" : "listing/a1b2.txt", Encoding.UTF8.GetBytes("x"))];
    }

    private sealed class CountPagesSettings : CommandSettings
    {
        [CommandOption("--input <FOLDER>")]
        public string Input { get; init; } = "input";
    }

    private sealed class CountPagesCommand(Portal.Cli.CliConsole console) : Command<CountPagesSettings>
    {
        public override int Execute(CommandContext context, CountPagesSettings settings, CancellationToken cancellationToken)
        {
            var diagnostics = new Portal.Diagnostics.DiagnosticBag();
            var content = ContentLoader.Load(new ContentPaths(settings.Input, settings.Input), diagnostics);
            console.Output.WriteLine($"pages: {content.Pages.Count}");
            return 0;
        }
    }
}
