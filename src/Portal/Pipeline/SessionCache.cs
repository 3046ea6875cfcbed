using System.Runtime.CompilerServices;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Markdown;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>
/// Everything that outlives one build of a <see cref="BuildSession"/> (<c>portal serve</c> rebuilds after every save):
/// the stages hold nothing between builds and ask this for what they may reuse. A one-shot build uses a fresh one,
/// which has nothing to give, so every build runs the same stages.
/// </summary>
/// <param name="keepsRenders">False for a one-shot build: no build follows to reuse its rendered pages, so none are kept.</param>
internal sealed class SessionCache(bool keepsRenders)
{
    private readonly InputTreeCache _inputTree = new();
    private readonly Lock _publish = new();

    // Read again when another commit is checked out (HEAD differs).
    private (string? Head, GitHistory History) _history = (null, GitHistory.None);

    // Parsed again when any theme file's size or time of last change differs (the stamp).
    private ThemeState? _theme;

    // Dropped when the theme, a _defaults.yml or the day changes (the settings stamp); an entry lives while its page as read does.
    private (string Settings, ConditionalWeakTable<PageSource, TypedFrontMatter> Pages) _typed = ("", new());

    // Replaced by every build, also one that failed; the record itself says which of its pages the next build must render again.
    private RenderedSite? _lastRender;

    // Replaced by every successful build that made them (not by a preview that used them), and by a preview's completion.
    private IReadOnlyList<OutputFile>? _deferrableFiles;

    // Counts the builds: a preview's completion writes only while no build has started since.
    private int _builds;

    /// <summary>Each page as read, by path; read again when its size or time of last change differs, forgotten when it is gone.</summary>
    public PageSourceCache Pages { get; } = new();

    /// <summary>What features keep between builds (<see cref="SessionState"/>); each feature decides what invalidates its own.</summary>
    public SessionState FeatureState { get; } = new();

    /// <summary>The session's last render, also one that failed; null before the first.</summary>
    public RenderedSite? LastRender => _lastRender;

    /// <summary>The deferrable outputs' files (<see cref="IDeferrableOutput"/>) of the last build that made them; null before the first.</summary>
    public IReadOnlyList<OutputFile>? DeferrableFiles => Volatile.Read(ref _deferrableFiles);

    /// <summary>A build starts: returns its number, and starts the counts of what one build reads.</summary>
    public int StartBuild()
    {
        int build;
        lock (_publish)
        {
            build = ++_builds;
        }

        Pages.StartBuild();
        FeatureState.StartBuild();
        return build;
    }

    /// <summary>The files of <c>input/</c>: the last walk brought up to date from a watcher's changes when that is safe (<see cref="InputTreeCache"/>), else a new walk.</summary>
    public IReadOnlyList<InputFile> InputFiles(ContentPaths paths, InputChanges changes, DiagnosticBag diagnostics) => _inputTree.Files(paths, changes, diagnostics);

    /// <summary>The git history, read again (one <c>git log</c> over every commit) only when another commit is checked out.</summary>
    public GitHistory History(string inputDirectory)
    {
        var head = GitHistory.Head(inputDirectory);
        if (head is null)
        {
            return GitHistory.None;
        }

        if (_history.Head != head)
        {
            _history = (head, GitHistory.Read(inputDirectory));
        }

        return _history.History;
    }

    /// <summary>The theme for <paramref name="stamp"/>, parsed by <paramref name="parse"/> only when the stamp differs from the last one's.</summary>
    public ThemeState Theme(string stamp, Func<(Theme Theme, MarkdownRenderer Markdown, IReadOnlyList<Diagnostic> Problems)> parse)
    {
        if (_theme is not { } cached || cached.Stamp != stamp)
        {
            var (theme, markdown, problems) = parse();
            _theme = cached = new ThemeState(stamp, theme, markdown, problems);
        }

        return cached;
    }

    /// <summary>Front matter typed under the theme, folder defaults and day that <paramref name="settings"/> stamps (<see cref="RenderRecord.InputStamps.Settings"/>).</summary>
    public ConditionalWeakTable<PageSource, TypedFrontMatter> TypedFrontMatter(string settings)
    {
        if (_typed.Settings != settings)
        {
            _typed = (settings, new());
        }

        return _typed.Pages;
    }

    /// <summary>False for a one-shot build (<see cref="LastRender"/> stays null).</summary>
    public bool KeepsRenders => keepsRenders;

    public void Rendered(RenderedSite rendered)
    {
        if (keepsRenders)
        {
            _lastRender = rendered;
        }
    }

    /// <summary>
    /// Publishes a build: keeps its deferrable outputs' files when it made them, and writes it, in one step, so that a
    /// preview's completion (<see cref="PublishIfLatest"/>) is never half seen.
    /// </summary>
    public void Publish(IReadOnlyList<OutputFile>? madeDeferrable, Action? write)
    {
        lock (_publish)
        {
            if (madeDeferrable is not null)
            {
                _deferrableFiles = madeDeferrable;
            }

            write?.Invoke();
        }
    }

    /// <summary>No build has started since build number <paramref name="build"/>.</summary>
    public bool IsLatest(int build) => build == Volatile.Read(ref _builds);

    /// <summary>As <see cref="Publish"/>, unless a build has started since build number <paramref name="build"/>: that one writes newer pages (now or soon), which this must not replace.</summary>
    public bool PublishIfLatest(int build, IReadOnlyList<OutputFile> madeDeferrable, Action write)
    {
        lock (_publish)
        {
            if (build != _builds)
            {
                return false;
            }

            _deferrableFiles = madeDeferrable;
            write();
            return true;
        }
    }
}
