using Fluid.Values;
using Portal.Extensions;

namespace Portal.Tests.Features.Recipes;

/// <summary>
/// A feature defined outside the library, as a plug-in would be: a kind, a generator, an output, a template filter and a
/// command, each registered here. Adding it to a build is one line: <c>PortalFeatures.Parts.With(new RecipeFeature())</c>.
/// </summary>
public sealed class RecipeFeature : IPortalFeature
{
    public void Setup(FeatureSetup setup) => setup
        .AddKind(new RecipeKind())
        .AddGenerator(new RecipeIndexGenerator())
        .AddOutput(new PageListOutput())
        .AddFilter("servings_text", (input, _, _) => ValueTask.FromResult<FluidValue>(new StringValue($"สำหรับ {input.ToNumberValue()} ที่")))
        .AddCommand<RecipesCommand>(RecipesCommand.Name, "แสดงสูตรอาหารของเว็บไซต์ (list the site's recipes)", examples: [[RecipesCommand.Name]]);
}
