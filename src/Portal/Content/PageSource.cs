namespace Portal.Content;

/// <summary>A Markdown page as read: the file and its parsed, not yet typed, front matter. The Markdown is parsed later, when rendering.</summary>
internal sealed class PageSource(SourceFile file, FrontMatterDocument frontMatter)
{
    private FrontMatterDocument? _frontMatter = frontMatter;

    public SourceFile File => file;

    /// <summary>The front matter as parsed; a one-shot build lets it go once the model has typed it (<see cref="ReleaseFrontMatter"/>).</summary>
    public FrontMatterDocument FrontMatter =>
        _frontMatter ?? throw new InvalidOperationException($"{file.DisplayPath}: its front matter was read after the model was made, in a build that lets the parsed YAML go then");

    /// <summary>
    /// Lets go of the parsed YAML: a build that no later build follows types each page's front matter once, in the model
    /// stage, and nothing after reads the YAML nodes (20,000 pages: about 30 MB).
    /// </summary>
    internal void ReleaseFrontMatter() => _frontMatter = null;
}
