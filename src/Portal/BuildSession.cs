using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Portal.Checks;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal;

/// <summary>
/// The orchestrator: load → model (schema, generators) → validate → render → outputs → write, each stage
/// taking the previous one's value. Problems are collected across all stages; the site goes to its
/// target only when there are none. A session lives between builds (<c>portal serve</c>): it keeps the
/// parsed theme, the Markdown pipeline and the pages read from disk, reading again only what changed,
/// and records what each page read (<see cref="Dependencies"/>).
/// </summary>
public sealed class BuildSession(BuildOptions options, BuildParts? parts = null)
{
    private readonly BuildParts _parts = parts ?? BuildParts.BuiltIn;
    private readonly PageSourceCache _pageCache = new();
    private ThemeState? _theme;
    private RenderRecord? _lastRender;
    private (string Settings, ConditionalWeakTable<PageSource, TypedFrontMatter> Pages) _typed = ("", new());

    public BuildOptions Options => options;

    /// <summary>What each page of the last build read, in URL order.</summary>
    public IReadOnlyList<PageDependencies> Dependencies { get; private set; } = [];

    /// <summary>Pages the last build read from disk; the others came unchanged from an earlier build.</summary>
    public int PagesRead => _pageCache.ReadCount;

    /// <summary>The pages the last build rendered; the others were unchanged by what changed since the build before.</summary>
    public IReadOnlySet<string> RenderedUrls { get; private set; } = new HashSet<string>();

    /// <summary>Builds the site; with a null <paramref name="target"/> it only checks, and writes nothing.</summary>
    public BuildResult Build(IBuildTarget? target, IProgress<BuildProgress>? progress = null) => Run(target, [], progress);

    /// <summary>Everything a build validates, then the checks on the finished site (<see cref="OutputChecks"/>); writes nothing.</summary>
    public BuildResult Check(IProgress<BuildProgress>? progress = null) => Run(null, OutputChecks.BuiltIn, progress);

    private BuildResult Run(IBuildTarget? target, IReadOnlyList<IOutputCheck> checks, IProgress<BuildProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        CheckFolders(target);
        var diagnostics = new DiagnosticBag();
        _pageCache.StartBuild();

        progress?.Report(new BuildProgress(BuildStage.Load, 0, 1));
        var paths = new ContentPaths(options.InputDirectory, DisplayName(options.InputDirectory));
        var content = ContentLoader.Load(paths, diagnostics, _pageCache) with { History = GitHistory.Read(paths.Root) };
        var theme = LoadTheme(diagnostics);
        var stamps = Stamps(paths, content, theme);
        if (_typed.Settings != stamps.Settings)
        {
            _typed = (stamps.Settings, new());
        }

        progress?.Report(new BuildProgress(BuildStage.Model, 0, 1));
        var site = SiteModelBuilder.Build(content, _parts, options.BaseUrl, options.IncludeDrafts, theme.Theme.LayoutNames, diagnostics, _typed.Pages);

        progress?.Report(new BuildProgress(BuildStage.Validate, 0, 1));
        SiteValidator.Validate(site, diagnostics);
        var outputPaths = _parts.Outputs.SelectMany(o => o.Paths(site)).ToList();
        OutputPathValidator.Validate(OutputPathValidator.Plan(site, outputPaths, theme.Theme.Assets.Assets.Select(a => a.OutputPath)), diagnostics);

        var outputUrls = outputPaths.Select(p => "/" + p).ToHashSet(StringComparer.Ordinal);
        var pages = Render(site, theme, outputUrls, stamps, diagnostics, progress);
        var files = OutputFiles(site, content.Defaults, theme.Theme, pages, diagnostics);
        if (checks.Count > 0)
        {
            var sitePaths = site.Pages.Select(p => p.OutputPath).Concat(site.Files.Select(f => f.RelativePath))
                .Concat(theme.Theme.Assets.Assets.Select(a => a.OutputPath)).Concat(outputPaths);
            OutputChecks.Run(checks, new CheckContext(pages, sitePaths, theme.Theme), diagnostics);
        }

        if (target is not null && !diagnostics.HasErrors)
        {
            progress?.Report(new BuildProgress(BuildStage.Write, 0, files.Count));
            target.Write(files, done => progress?.Report(new BuildProgress(BuildStage.Write, done, files.Count)));
        }

        var withoutHistory = site.Pages.Count(p => p.Dates.LacksHistory);
        return new BuildResult(diagnostics.ToSortedList(), pages.Count, files.Count - pages.Count, clock.Elapsed)
        {
            PagesWithoutHistory = withoutHistory,
            ShallowHistory = content.History.Shallow,
        };
    }

    /// <summary>Renders the pages the changes since the last build touch (<see cref="RenderRecord"/>), in parallel; the others are the last build's.</summary>
    private List<RenderedPage> Render(SiteModel site, ThemeState theme, IReadOnlySet<string> outputUrls, RenderRecord.InputStamps stamps, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        var renderer = new PageRenderer(site, theme.Theme, theme.Markdown, outputUrls, options.Preview);
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
                    var problems = new List<Diagnostic>();
                    var rendered = renderer.Render(work[i], problems, out var dependencies);
                    fresh[i] = new RenderRecord.Entry(rendered, dependencies, problems);
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

    /// <summary>What this build read, stamped, for the next build to compare with.</summary>
    private static RenderRecord.InputStamps Stamps(ContentPaths paths, LoadedContent content, ThemeState theme)
    {
        var dataFolder = Path.Combine(paths.Root, ContentPaths.DataFolder);
        var data = (Directory.Exists(dataFolder) ? Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories) : [])
            .GroupBy(f => Path.ChangeExtension(Path.GetRelativePath(dataFolder, f), null).Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Order(StringComparer.Ordinal).Select(Stamp)), StringComparer.Ordinal);
        var defaults = content.Defaults.Keys.Order(StringComparer.Ordinal).Select(folder => Stamp(Path.Combine(paths.Root, folder, FolderDefaults.FileName)));
        return new RenderRecord.InputStamps(
            content.Pages.ToDictionary(p => p.File.RelativePath, StringComparer.Ordinal),
            data,
            content.Files.ToDictionary(f => f.RelativePath, f => Stamp(f.FullPath), StringComparer.Ordinal),
            string.Join('\n', defaults.Prepend(theme.Stamp)));
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return $"{info.FullName}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}";
    }

    private List<OutputFile> OutputFiles(SiteModel site, IReadOnlyDictionary<string, FolderDefaults> folderDefaults, Theme theme, IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics)
    {
        var files = pages.Select(p => OutputFile.Bytes(p.OutputPath, p.Html)).ToList();
        files.AddRange(site.Files.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
        files.AddRange(theme.Assets.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath)));
        if (!diagnostics.HasErrors)
        {
            var context = new OutputContext(site, pages, diagnostics) { Options = options, Kinds = _parts.Kinds, FolderDefaults = folderDefaults };
            foreach (var output in _parts.Outputs)
            {
                var declared = output.Paths(site).ToList();
                foreach (var file in output.Write(context))
                {
                    // The clash check trusted the declared paths; an output that writes elsewhere is a bug in it.
                    if (!declared.Any(path => path == file.RelativePath || (path.EndsWith('/') && file.RelativePath.StartsWith(path, StringComparison.Ordinal))))
                    {
                        throw new InvalidOperationException($"{output.GetType().Name} wrote {file.RelativePath}, which it did not declare in Paths");
                    }

                    files.Add(file);
                }
            }
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
        var theme = Theme.Load(options.ThemeDirectory, DisplayName(options.ThemeDirectory), problems);
        var state = new ThemeState(stamp, theme, new MarkdownRenderer(theme.ElementIds), problems.ToSortedList());
        diagnostics.AddRange(state.Problems);
        _theme = state;
        return state;
    }

    private static string ThemeStamp(string themeDirectory) => string.Join('\n', Directory
        .EnumerateFiles(themeDirectory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(Stamp));

    private void CheckFolders(IBuildTarget? target)
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
            return;
        }

        var output = Path.GetFullPath(folder.Directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var source in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var full = Path.GetFullPath(source).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(full, StringComparison.Ordinal))
            {
                throw new BuildConfigurationException(
                    $"โฟลเดอร์ผลลัพธ์ {folder.Directory} ต้องไม่ซ้อนกับ {source} เพราะจะถูกแทนที่ทั้งโฟลเดอร์",
                    $"the output folder {folder.Directory} must not overlap {source}: it is replaced as a whole");
            }
        }
    }

    /// <summary>How a folder is shown in messages: as the user named it, with <c>/</c> separators.</summary>
    private static string DisplayName(string directory) => directory.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } name ? name : ".";

    private sealed record ThemeState(string Stamp, Theme Theme, MarkdownRenderer Markdown, IReadOnlyList<Diagnostic> Problems);
}
