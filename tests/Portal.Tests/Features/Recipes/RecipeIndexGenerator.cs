using Portal.Content;
using Portal.Site;
using Portal.Site.Generators;

namespace Portal.Tests.Features.Recipes;

/// <summary><c>/recipes/all/</c>, titled with the number of recipes.</summary>
public sealed class RecipeIndexGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        var count = context.Pages.Count(p => p.Kind.Name == RecipeKind.KindName);
        return [new Page(PageOrigin.Generated, "/recipes/all/", new FrontMatter { Title = $"สูตรอาหารทั้งหมด ({count})" }, Source: null)];
    }
}
