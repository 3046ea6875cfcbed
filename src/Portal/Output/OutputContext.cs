using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Kinds;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Output;

/// <summary>What an output sees: the site model and every rendered page with its text, headings and metadata.</summary>
/// <param name="Pages">Rendered pages in URL order; pages that failed to render are absent.</param>
public sealed record OutputContext(SiteModel Site, IReadOnlyList<RenderedPage> Pages, DiagnosticBag Diagnostics)
{
    /// <summary>What features keep between the builds of a session (the text read from each PDF attachment).</summary>
    public SessionState Session { get; init; } = new();

    /// <summary>The options the site is built with (features read theirs from <see cref="BuildOptions.Extensions"/>).</summary>
    public BuildOptions Options { get; init; } = new();

    /// <summary>The registered parts of the build.</summary>
    public required BuildParts Parts { get; init; }

    /// <summary>The registered page kinds, including those no page uses yet.</summary>
    public PageKindRegistry Kinds => Parts.Kinds;

    /// <summary>Each folder's <c>_defaults.yml</c>, by folder: what a new page in a folder becomes.</summary>
    public IReadOnlyDictionary<string, FolderDefaults> FolderDefaults { get; init; } = new Dictionary<string, FolderDefaults>();

    /// <summary>
    /// Writes a file to the output folder at once and returns it as written (<see cref="OutputFile.Written"/>): a one-shot
    /// build's staging folder, so that an output of thousands of files (the search index) need not hold them all until the
    /// write stage. Null when files wait for the write stage (a session keeps them for its next build).
    /// </summary>
    public Func<OutputFile, OutputFile>? WriteNow { get; init; }

    /// <summary>What the theme's assets and the other outputs write (a path ending in <c>/</c> claims a folder); pages and files are in <see cref="Site"/>.</summary>
    public IReadOnlySet<string> OtherOutputPaths { get; init; } = new HashSet<string>();
}
