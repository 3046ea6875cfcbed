using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Where a page's links, images and headings are in its source file, kept from the Markdown tree so that
/// checks on the finished site (<c>portal check</c>) can report each problem at its line and column.
/// </summary>
public sealed record MarkdownOutline(IReadOnlyList<OutlineLink> Links, IReadOnlyList<OutlineImage> Images, IReadOnlyList<OutlineHeading> Headings)
{
    public static readonly MarkdownOutline Empty = new([], [], []);
}

/// <param name="Written">The URL as the author wrote it (<c>ita/results.md#ผล</c>).</param>
/// <param name="Href">The URL the published page links to (<c>/ita/results/#ผล</c>).</param>
public sealed record OutlineLink(string Written, string Href, SourceLocation Location);

/// <param name="Alt">The image's alternative text, as plain text; empty when the author gave none.</param>
public sealed record OutlineImage(string Source, string Alt, SourceLocation Location);

public sealed record OutlineHeading(int Level, string Id, SourceLocation Location);
