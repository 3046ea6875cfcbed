using Portal.Kinds;

namespace Portal.Tests.Features.Recipes;

/// <summary><c>kind: recipe</c>: how many it serves (required) and its steps.</summary>
public sealed class RecipeKind : PageKind
{
    public const string KindName = "recipe";

    public override string Name => KindName;

    public override string ThaiName => "สูตรอาหาร";

    public override IReadOnlyList<FrontMatterField> Fields =>
    [
        FrontMatterField.WholeNumber("servings", "จำนวนที่เสิร์ฟ"),
        FrontMatterField.TextList("steps", "ขั้นตอน"),
    ];

    public override IReadOnlyList<string> RequiredKeys => ["servings"];
}
