namespace Portal.Content;

/// <summary>A Markdown page as read: the file and its parsed, not yet typed, front matter. The Markdown is parsed later, when rendering.</summary>
internal sealed record PageSource(SourceFile File, FrontMatterDocument FrontMatter);
