namespace Portal.Markdown;

/// <summary>A page's body as HTML, with the headings for its table of contents and its words as plain text (for search).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, string Text);
