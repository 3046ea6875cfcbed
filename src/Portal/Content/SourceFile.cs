namespace Portal.Content;

/// <summary>A file read from <c>input/</c>: its path relative to input (always with <c>/</c>) and the path shown to staff in messages.</summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text)
{
    private string? _text = Text;

    /// <summary>The file's text; a page's is gone once a one-shot build has rendered it (<see cref="ReleaseText"/>).</summary>
    public string Text
    {
        get => _text ?? throw new InvalidOperationException($"{DisplayPath} was read after its page was rendered, in a build that lets go of each page's text then");
        init => _text = value;
    }

    /// <summary>
    /// Lets go of the text: a build that no later build follows reads a page's Markdown only to render it, and holding
    /// every page's text until the site is written is most of what the outputs stage holds (20,000 pages: about 140 MB).
    /// </summary>
    internal void ReleaseText() => _text = null;
}
