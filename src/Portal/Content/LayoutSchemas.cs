namespace Portal.Content;

/// <summary>The page kinds that require more than a title, by layout name.</summary>
public static class LayoutSchemas
{
    public static readonly IReadOnlyList<LayoutSchema> All =
    [
        new("news", "ข่าว", [FrontMatterKeys.Date]),
    ];

    public static LayoutSchema? For(string? layout) => All.FirstOrDefault(s => s.Layout == layout);
}
