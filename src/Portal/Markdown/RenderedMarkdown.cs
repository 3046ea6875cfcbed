namespace Portal.Markdown;

/// <summary>A page's body as HTML, with the headings for its table of contents, the outline that checks read, and its words as plain text (for search).</summary>
internal sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, MarkdownOutline Outline, string Text);
