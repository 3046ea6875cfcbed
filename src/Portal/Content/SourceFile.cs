using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>A file read from <c>input/</c>: its path relative to input (always with <c>/</c>) and the path shown to staff in messages.</summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text)
{
    private string? _text = Text;

    /// <summary>The file's text; a one-shot build lets a page's go between reading its front matter and rendering it (<see cref="ReleaseText"/>).</summary>
    public string Text
    {
        get => _text ?? throw new InvalidOperationException($"{DisplayPath} was read while its text was let go, in a build that holds a page's text only to read its front matter and to render it");
        init => _text = value;
    }

    /// <summary>Where the first «เติม: …» of <c>portal new</c> is in the text, found when the text was read, so that the check needs no text later.</summary>
    public (int Line, int Column)? FirstPlaceholder { get; } = Text.IndexOf(Placeholder.Start, StringComparison.Ordinal) is var index and >= 0
        ? ContentCharacters.Position(Text, index) : null;

    /// <summary>The file the text was read from, to read it again after <see cref="ReleaseText"/>; null for text from elsewhere.</summary>
    internal InputFile? Input { get; init; }

    // What the text was when first let go: a file read again must hold the same text, else the page would be rendered
    // from two versions. Taken only then, so a session, which never lets go, never hashes its pages.
    private (int Length, int Hash)? _read;

    /// <summary>
    /// Lets go of the text: a build that no later build follows needs a page's Markdown only to read its front matter and
    /// to render it, and holding every page's text in between is most of what a large build holds (20,000 pages: about
    /// 140 MB; 100,000 pages: about 740 MB). <see cref="ReadAgain"/> reads it back for rendering.
    /// </summary>
    internal void ReleaseText()
    {
        if (Input is not null && _text is { } text)
        {
            _read ??= (text.Length, text.GetHashCode(StringComparison.Ordinal));
            _text = null;
        }
    }

    /// <summary>Reads the text back after <see cref="ReleaseText"/>; false, with the reason reported, when the file cannot be read or no longer holds the text first read.</summary>
    internal bool ReadAgain(ICollection<Diagnostic> diagnostics)
    {
        if (_text is not null)
        {
            return true;
        }

        if (TextFileReader.Read(Input!, DisplayPath, diagnostics) is not { } text)
        {
            return false;
        }

        if ((text.Length, text.GetHashCode(StringComparison.Ordinal)) != _read)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.ChangedDuringBuild, new SourceLocation(DisplayPath),
                "ไฟล์นี้ถูกแก้ไขระหว่างการสร้างเว็บไซต์ จึงไม่สร้างจากสองฉบับปนกัน ให้สั่งสร้างเว็บไซต์อีกครั้ง",
                "this file changed while the site was being built, so it is not rendered from two versions; build again"));
            return false;
        }

        _text = text;
        return true;
    }

    /// <summary>For a page that <see cref="ReadAgain"/> could not read back, in a build that has failed for it.</summary>
    internal void UseNoText() => _text = "";
}
