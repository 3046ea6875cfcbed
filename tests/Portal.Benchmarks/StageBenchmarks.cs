using BenchmarkDotNet.Attributes;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Markdown;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Benchmarks;

/// <summary>
/// The per-page stages on a generated corpus of 200 Thai pages (tables, lists, links), each
/// benchmark processing every page once: read front matter, render Markdown, render a page
/// through its layouts, and the whole in-memory build (no write).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StageBenchmarks
{
    private const int Pages = 200;

    private string _folder = "";
    private SourceFile[] _sources = [];
    private SiteModel _site = null!;
    private Theme _theme = null!;
    private PageRenderer _pageRenderer = null!;
    private MarkdownRenderer _markdown = null!;
    private ILinkTargets _links = null!;

    private IReadOnlySet<string> OutputUrls => PortalFeatures.Parts.Outputs.SelectMany(o => o.Paths(_site)).Select(p => "/" + p).ToHashSet(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"portal-bench-{Environment.ProcessId}");
        new CorpusGenerator(pages: Pages).Write(_folder);
        var diagnostics = new DiagnosticBag();
        var paths = new ContentPaths(Path.Combine(_folder, "input"), "input");
        var content = ContentLoader.Load(paths, diagnostics);
        _sources = [.. content.Pages.Select(p => p.File)];
        _theme = Theme.Load(ThemeFolders.Of(Path.Combine(_folder, "theme"), builtInDirectory: null), diagnostics, PortalFeatures.Parts.Filters);
        _site = SiteModelBuilder.Build(content, PortalFeatures.Parts, null, includeDrafts: false, _theme.LayoutNames, diagnostics, BuildDate.Resolve(null));
        _markdown = new MarkdownRenderer();
        _pageRenderer = new PageRenderer(_site, _theme, _markdown, OutputUrls, PortalFeatures.Parts.PageValues);
        _links = new SiteLinkTargets(_site, OutputUrls);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList().Select(TextDiagnosticFormatter.Format)));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int FrontMatter()
    {
        var problems = new List<Diagnostic>();
        var count = 0;
        foreach (var source in _sources)
        {
            count += FrontMatterReader.Read(source, PortalFeatures.Parts.Kinds, problems).Tags.Count;
        }

        return count;
    }

    [Benchmark]
    public int Markdown()
    {
        var problems = new List<Diagnostic>();
        var length = 0;
        foreach (var source in _sources)
        {
            length += _markdown.Render(source, _links, problems).Html.Length;
        }

        return length;
    }

    [Benchmark]
    public int RenderPage()
    {
        var problems = new List<Diagnostic>();
        var length = 0;
        foreach (var page in _site.Pages)
        {
            length += _pageRenderer.Render(page, problems, out _)?.Html.Length ?? 0;
        }

        return length;
    }

    [Benchmark]
    public int WholeBuildInMemory() =>
        SiteBuild.Run(new BuildOptions(Path.Combine(_folder, "input"), Path.Combine(_folder, "theme"), Path.Combine(_folder, "_site")), PortalFeatures.Parts, write: false).PageCount;
}
