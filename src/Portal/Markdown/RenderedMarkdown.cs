namespace Portal.Markdown;

/// <summary>A page's body as HTML, with the headings for its table of contents and the outline that checks read.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, MarkdownOutline Outline);
