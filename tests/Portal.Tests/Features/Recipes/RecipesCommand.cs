using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Tests.Features.Recipes;

/// <summary><c>portal recipes</c>: checks the site with every registered part and lists the recipes it has.</summary>
internal sealed class RecipesCommand(CliConsole console, BuildParts parts) : Command<SourceFolderSettings>
{
    public const string Name = "recipes";

    public override int Execute(CommandContext context, SourceFolderSettings settings, CancellationToken cancellationToken)
    {
        var result = new BuildSession(new BuildOptions(settings.Input, settings.Theme), parts).Build(target: null);
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        foreach (var page in result.Site.Pages.Where(p => p.Kind.Name == RecipeKind.KindName))
        {
            console.Output.WriteLine($"{page.Url} {page.Title}");
        }

        return ExitCodes.Success;
    }
}
