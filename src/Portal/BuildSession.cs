using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Portal.Checks;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Markdown;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Thai;

namespace Portal;

/// <summary>
/// The orchestrator: load → model (schema, generators) → validate → render → outputs → write, each stage
/// taking the previous one's value. Problems are collected across all stages; the site goes to its
/// target only when there are none. A session lives between builds (<c>portal serve</c>): it keeps the
/// parsed theme, the Markdown pipeline and the pages read from disk, reading again only what changed,
/// and records what each page read (<see cref="Dependencies"/>).
/// </summary>
public sealed class BuildSession(BuildOptions options, BuildParts parts)
{
    private readonly BuildParts _parts = parts;
    private readonly PageSourceCache _pageCache = new();
    private readonly SessionState _state = new();
    private readonly InputTreeCache _inputTree = new();
    private (string? Head, GitHistory History) _history = (null, GitHistory.None);
    private ThemeState? _theme;
    private RenderRecord? _lastRender;
    private (string Settings, ConditionalWeakTable<PageSource, TypedFrontMatter> Pages) _typed = ("", new());
    private readonly Lock _publish = new();
    private IReadOnlyList<OutputFile>? _deferrableFiles;
    private int _builds;

    public BuildOptions Options => options;

    /// <summary>What the features keep between the session's builds (<see cref="SessionState"/>).</summary>
    public SessionState State => _state;

    /// <summary>What each page of the last build read, in URL order.</summary>
    public IReadOnlyList<PageDependencies> Dependencies { get; private set; } = [];

    /// <summary>Pages the last build read from disk; the others came unchanged from an earlier build.</summary>
    public int PagesRead => _pageCache.ReadCount;

    /// <summary>The pages the last build rendered; the others were unchanged by what changed since the build before.</summary>
    public IReadOnlySet<string> RenderedUrls { get; private set; } = new HashSet<string>();

    /// <summary>Builds the site; with a null <paramref name="target"/> it only checks, and writes nothing.</summary>
    public BuildResult Build(IBuildTarget? target, IProgress<BuildProgress>? progress = null) => Run(target, [], InputChanges.Unknown, progress, defer: false).Result;

    /// <summary>Everything a build validates, then the checks on the finished site (<see cref="BuildParts.Checks"/>); writes nothing.</summary>
    public BuildResult Check(IProgress<BuildProgress>? progress = null) => Run(null, _parts.Checks, InputChanges.Unknown, progress, defer: false).Result;

    /// <summary>
    /// A build for a preview: once an earlier build of the session has made the deferrable outputs
    /// (<see cref="IDeferrableOutput"/>, the search index), the site is written with their earlier files, so
    /// the changed pages are served without waiting for them; <see cref="PreviewBuild.Complete"/> makes them anew.
    /// </summary>
    /// <param name="changes">What a watcher saw change under <c>input/</c> since the last build; with it, a change to known files reads only those files' status instead of walking <c>input/</c> (<see cref="InputTreeCache"/>).</param>
    public PreviewBuild Preview(IBuildTarget target, InputChanges changes, IProgress<BuildProgress>? progress = null) => Run(target, [], changes, progress, defer: true);

    private PreviewBuild Run(IBuildTarget? target, IReadOnlyList<IOutputCheck> checks, InputChanges changes, IProgress<BuildProgress>? progress, bool defer)
    {
        var clock = Stopwatch.StartNew();
        int build;
        lock (_publish)
        {
            build = ++_builds;
        }

        using var reservation = CheckFolders(target);
        var today = BuildDate.Resolve(options.AsOf);
        var diagnostics = new DiagnosticBag();
        _pageCache.StartBuild();
        _state.StartBuild();

        progress?.Report(new BuildProgress(BuildStage.Load, 0, 1));
        var paths = new ContentPaths(options.InputDirectory, DisplayName(options.InputDirectory));
        var content = ContentLoader.Load(paths, diagnostics, _pageCache, _inputTree.Files(paths, changes, diagnostics)) with { History = History(paths.Root) };
        var theme = LoadTheme(diagnostics);
        var stamps = Stamps(paths, content, theme, today);
        if (_typed.Settings != stamps.Settings)
        {
            _typed = (stamps.Settings, new());
        }

        progress?.Report(new BuildProgress(BuildStage.Model, 0, 1));
        var site = SiteModelBuilder.Build(content, _parts, options.BaseUrl, options.IncludeDrafts, theme.Theme.LayoutNames, diagnostics, today, _typed.Pages);

        progress?.Report(new BuildProgress(BuildStage.Validate, 0, 1));
        SiteValidator.Validate(site, _parts.Validators, diagnostics);
        var declared = _parts.Outputs.Select(o => o.Paths(site).ToList()).ToList();
        var outputPaths = declared.SelectMany(paths => paths).ToList();
        var assetPaths = theme.Theme.Assets.Assets.Select(a => a.OutputPath).ToList();
        OutputPathValidator.Validate(OutputPathValidator.Plan(site, outputPaths, assetPaths), diagnostics);

        var outputUrls = outputPaths.Select(p => "/" + p).ToHashSet(StringComparer.Ordinal);
        var pages = Render(site, theme, outputUrls, stamps, diagnostics, progress);
        var earlier = Volatile.Read(ref _deferrableFiles);
        var deferring = defer && earlier is not null;
        var files = SiteFiles(site, theme.Theme, pages);
        var deferrableFiles = deferring ? earlier! : [];
        var written = new List<WrittenOutput>();
        if (!diagnostics.HasErrors)
        {
            var context = Context(site, pages, diagnostics, content.Defaults);
            var made = new List<OutputFile>();
            foreach (var (output, index) in _parts.Outputs.Select((o, i) => (o, i)).Where(o => !deferring || o.o is not IDeferrableOutput))
            {
                var others = assetPaths.Concat(declared.Where((_, i) => i != index).SelectMany(paths => paths)).ToHashSet(StringComparer.Ordinal);
                var wrote = Made(output, context with { OtherOutputPaths = others });
                (output is IDeferrableOutput ? made : files).AddRange(wrote);
                written.Add(new WrittenOutput(output, [.. wrote.Select(f => f.RelativePath)]));
            }

            deferrableFiles = deferring ? deferrableFiles : made;
        }

        if (checks.Count > 0)
        {
            var sitePaths = site.Pages.Select(p => p.OutputPath).Concat(site.Files.Select(f => f.RelativePath))
                .Concat(theme.Theme.Assets.Assets.Select(a => a.OutputPath)).Concat(outputPaths);
            OutputChecks.Run(checks, new CheckContext(pages, sitePaths, theme.Theme), diagnostics);
        }

        var succeeded = !diagnostics.HasErrors;
        var all = (IReadOnlyList<OutputFile>)[.. files, .. deferrableFiles];
        lock (_publish)
        {
            if (succeeded && !deferring)
            {
                _deferrableFiles = deferrableFiles;
            }

            if (target is not null && succeeded)
            {
                progress?.Report(new BuildProgress(BuildStage.Write, 0, all.Count));
                target.Write(all, done => progress?.Report(new BuildProgress(BuildStage.Write, done, all.Count)));
            }
        }

        var withoutHistory = site.Pages.Count(p => p.Dates.LacksHistory);
        var result = new BuildResult(diagnostics.ToSortedList(), pages.Count, all.Count - pages.Count, clock.Elapsed)
        {
            BuildDate = today,
            PagesWithoutHistory = withoutHistory,
            ShallowHistory = content.History.Shallow,
            Site = site,
            Outputs = written,
            Session = _state,
        };
        return new PreviewBuild(result, target is not null && succeeded && deferring ? () => Complete(build, target, site, content.Defaults, pages, files) : null);
    }

    /// <summary>
    /// Makes the deferrable outputs of build number <paramref name="build"/> and writes its whole site, unless
    /// the session has built since. May run beside the next build, which it then leaves alone.
    /// </summary>
    private bool Complete(int build, IBuildTarget target, SiteModel site, IReadOnlyDictionary<string, FolderDefaults> folderDefaults, IReadOnlyList<RenderedPage> pages, IReadOnlyList<OutputFile> files)
    {
        if (build != Volatile.Read(ref _builds))
        {
            return false;
        }

        var problems = new DiagnosticBag();
        var context = Context(site, pages, problems, folderDefaults);
        var made = _parts.Outputs.OfType<IDeferrableOutput>().SelectMany(o => Made(o, context)).ToList();

        // Warnings made here (a PDF that cannot be read, PT050) are not shown in the preview: `portal build` and
        // `portal check` report them. An error here would be a bug.
        if (problems.ToSortedList().FirstOrDefault(p => p.Severity == Severity.Error) is { } problem)
        {
            throw new InvalidOperationException($"a deferrable output reported {problem.Code.Id}, but only other outputs may report errors");
        }

        lock (_publish)
        {
            // A build that started meanwhile writes newer pages (now or soon): this site must not replace them.
            if (build != _builds)
            {
                return false;
            }

            _deferrableFiles = made;
            target.Write([.. files, .. made], null);
            return true;
        }
    }

    /// <summary>The git history, read again (one <c>git log</c> over every commit) only when another commit is checked out.</summary>
    private GitHistory History(string inputDirectory)
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

    /// <summary>Renders the pages the changes since the last build touch (<see cref="RenderRecord"/>), in parallel; the others are the last build's.</summary>
    private List<RenderedPage> Render(SiteModel site, ThemeState theme, IReadOnlySet<string> outputUrls, RenderRecord.InputStamps stamps, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        var renderer = new PageRenderer(site, theme.Theme, theme.Markdown, outputUrls, _parts.PageValues, options.Preview);
        var previous = _lastRender;
        var toRender = previous?.PagesToRender(site, stamps) ?? site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var work = site.Pages.Where(p => toRender.Contains(p.Url)).ToArray();
        var fresh = new RenderRecord.Entry[work.Length];
        var done = 0;
        var total = work.Length;
        var step = Math.Max(1, total / 100);
        progress?.Report(new BuildProgress(BuildStage.Render, 0, total));
        if (total > 0)
        {
            Parallel.ForEach(Partitioner.Create(0, total), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var problems = new DiagnosticBag();
                    var rendered = renderer.Render(work[i], problems, out var dependencies);
                    fresh[i] = new RenderRecord.Entry(rendered, dependencies, problems.ToSortedList());
                    var finished = Interlocked.Increment(ref done);
                    if (finished % step == 0 || finished == total)
                    {
                        progress?.Report(new BuildProgress(BuildStage.Render, finished, total));
                    }
                }
            });
        }

        var entries = new Dictionary<string, RenderRecord.Entry>(StringComparer.Ordinal);
        for (var i = 0; i < work.Length; i++)
        {
            entries[work[i].Url] = fresh[i];
        }

        foreach (var page in site.Pages.Where(p => !toRender.Contains(p.Url)))
        {
            entries[page.Url] = previous!.Find(page.Url)!;
        }

        var ordered = site.Pages.Select(p => entries[p.Url]).ToList();
        diagnostics.AddRange(RepeatedDiagnostics.Collapse(ordered.SelectMany(e => e.Problems), DiagnosticCode.TemplateError));
        Dependencies = [.. ordered.Select(e => e.Dependencies)];
        RenderedUrls = toRender;
        _lastRender = RenderRecord.Create(entries, stamps);
        return [.. ordered.Select(e => e.Rendered).OfType<RenderedPage>()];
    }

    /// <summary>What this build read, stamped, for the next build to compare with; a new day renders every page again, as templates see it.</summary>
    private static RenderRecord.InputStamps Stamps(ContentPaths paths, LoadedContent content, ThemeState theme, DateOnly today)
    {
        var dataFolder = Path.Combine(paths.Root, ContentPaths.DataFolder);
        var data = (Directory.Exists(dataFolder) ? Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories) : [])
            .GroupBy(f => Path.ChangeExtension(Path.GetRelativePath(dataFolder, f), null).Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Order(StringComparer.Ordinal).Select(Stamp)), StringComparer.Ordinal);
        var defaults = content.Defaults.Keys.Order(StringComparer.Ordinal).Select(folder => Stamp(Path.Combine(paths.Root, folder, FolderDefaults.FileName)));
        return new RenderRecord.InputStamps(
            content.Pages.ToDictionary(p => p.File.RelativePath, StringComparer.Ordinal),
            data,
            content.Files.ToDictionary(f => f.RelativePath, f => Stamp(f.FullPath, f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal),
            string.Join('\n', defaults.Prepend(theme.Stamp).Append(ThaiDate.ToIso(today))));
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return Stamp(info.FullName, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>For files the walk of <c>input/</c> has already looked at: their status, without asking the disk again.</summary>
    private static string Stamp(string fullPath, long length, DateTime lastWriteTimeUtc) => $"{fullPath}\t{length}\t{lastWriteTimeUtc.Ticks}";

    /// <summary>The pages, the files of <c>input/files/</c> and the theme's assets.</summary>
    private static List<OutputFile> SiteFiles(SiteModel site, Theme theme, IReadOnlyList<RenderedPage> pages)
    {
        var files = pages.Select(p => OutputFile.Bytes(p.OutputPath, p.Html)).ToList();
        files.AddRange(site.Files.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
        files.AddRange(theme.Assets.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath)));
        return files;
    }

    /// <summary>What the outputs read: the rendered site, what the session's features keep, the registered parts and the folder defaults.</summary>
    private OutputContext Context(SiteModel site, IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics, IReadOnlyDictionary<string, FolderDefaults> folderDefaults) =>
        new(site, pages, diagnostics) { Session = _state, Options = options, Parts = _parts, FolderDefaults = folderDefaults };

    private static List<OutputFile> Made(ISiteOutput output, OutputContext context)
    {
        var declared = output.Paths(context.Site).ToList();
        var files = output.Write(context).ToList();

        // The clash check trusted the declared paths; an output that writes elsewhere is a bug in it.
        if (files.FirstOrDefault(file => !declared.Any(path => path == file.RelativePath || (path.EndsWith('/') && file.RelativePath.StartsWith(path, StringComparison.Ordinal)))) is { } stray)
        {
            throw new InvalidOperationException($"{output.GetType().Name} wrote {stray.RelativePath}, which it did not declare in Paths");
        }

        return files;
    }

    /// <summary>The theme and the Markdown pipeline that depends on it, parsed again only when a theme file changed.</summary>
    private ThemeState LoadTheme(DiagnosticBag diagnostics)
    {
        var stamp = ThemeStamp(options.ThemeDirectory);
        if (_theme is { } cached && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Problems);
            return cached;
        }

        var problems = new DiagnosticBag();
        var theme = Theme.Load(options.ThemeDirectory, DisplayName(options.ThemeDirectory), problems, _parts.Filters);
        var state = new ThemeState(stamp, theme, new MarkdownRenderer(theme.ElementIds), problems.ToSortedList());
        diagnostics.AddRange(state.Problems);
        _theme = state;
        return state;
    }

    private static string ThemeStamp(string themeDirectory) => string.Join('\n', Directory
        .EnumerateFiles(themeDirectory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(Stamp));

    /// <summary>Checks the folders and options; for a folder target, also takes the folder for this build (<see cref="FolderTarget.Reserve"/>), released when disposed.</summary>
    private IDisposable? CheckFolders(IBuildTarget? target)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            throw new BuildConfigurationException($"ไม่พบโฟลเดอร์เนื้อหา {options.InputDirectory}", $"the input folder {options.InputDirectory} does not exist");
        }

        if (!Directory.Exists(options.ThemeDirectory))
        {
            throw new BuildConfigurationException($"ไม่พบโฟลเดอร์ธีม {options.ThemeDirectory}", $"the theme folder {options.ThemeDirectory} does not exist");
        }

        if (options.BaseUrl is { } baseUrl && !SiteSettings.IsValidBaseUrl(baseUrl))
        {
            throw new BuildConfigurationException($"--base-url '{baseUrl}' ต้องเป็นที่อยู่เว็บเต็ม เช่น https://example.go.th",
                $"--base-url '{baseUrl}' must be an absolute http(s) address, e.g. https://example.go.th");
        }

        if (target is not FolderTarget folder)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(folder.Directory))
        {
            throw new BuildConfigurationException("ไม่ได้ระบุโฟลเดอร์ผลลัพธ์ (--output ว่างอยู่)", "no output folder was given (--output is empty)");
        }

        // Compared where the paths really lead: an input folder reached through a symbolic link is still the folder
        // the output would replace. The output folder's own name is kept (the build refuses a link there).
        var fullOutput = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder.Directory));
        var output = Path.Join(RealPath.ResolveAllowingMissing(Path.GetDirectoryName(fullOutput) ?? fullOutput), Path.GetFileName(fullOutput));
        foreach (var source in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var real = RealPath.ResolveAllowingMissing(source);
            if (RealPath.IsInside(real, output) || RealPath.IsInside(output, real))
            {
                throw new BuildConfigurationException(
                    $"โฟลเดอร์ผลลัพธ์ {folder.Directory} ต้องไม่ซ้อนกับ {source} เพราะจะถูกแทนที่ทั้งโฟลเดอร์",
                    $"the output folder {folder.Directory} must not overlap {source}: it is replaced as a whole");
            }
        }

        return folder.Reserve();
    }

    /// <summary>How a folder is shown in messages: as the user named it, with <c>/</c> separators.</summary>
    private static string DisplayName(string directory) => directory.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } name ? name : ".";

    private sealed record ThemeState(string Stamp, Theme Theme, MarkdownRenderer Markdown, IReadOnlyList<Diagnostic> Problems);
}
