namespace Portal.Markdown;

/// <summary>A heading of a page for its table of contents.</summary>
public sealed record TocEntry(string Id, string Title, int Level);
