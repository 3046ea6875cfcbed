using Portal.Markdown;
using Portal.Site;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// A finished page: its model, its bytes (UTF-8 HTML), and what outputs and checks read of its Markdown body:
/// the headings, the outline (links, images, headings with their places) and the plain text. The body's
/// HTML is not kept apart: it is inside <see cref="Html"/>, and holding it twice for every page of a large
/// site costs more memory than the build needs.
/// </summary>
/// <param name="Toc">The h2/h3 headings; empty for a generated page.</param>
/// <param name="Outline">Links, images and headings as written, with their places; empty for a generated page.</param>
/// <param name="Text">The body's plain text, for the search index; empty for a generated page. Packed (<see cref="PackedText"/>): every page's is held until the outputs, in a one-shot build in a file.</param>
public sealed record RenderedPage(Page Page, byte[] Html, IReadOnlyList<TocEntry> Toc, MarkdownOutline Outline, PackedText Text)
{
    private byte[]? _html = Html;
    private string? _writtenTo;

    /// <summary>The page's UTF-8 HTML; a page a one-shot build has already written to the output folder (<see cref="IsWritten"/>) is read back from there.</summary>
    public byte[] Html
    {
        get => _html ?? File.ReadAllBytes(_writtenTo!);
        init => _html = value;
    }

    /// <summary>The page's HTML is in the output folder being written, and no longer in memory.</summary>
    internal bool IsWritten => _writtenTo is not null;

    public string Url => Page.Url;

    public string OutputPath => Page.OutputPath;

    /// <summary>This page, with its HTML only in the file at <paramref name="path"/>, which holds it.</summary>
    internal RenderedPage WrittenTo(string path) => this with { _html = null, _writtenTo = path };
}
