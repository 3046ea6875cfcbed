using System.Diagnostics;
using System.Globalization;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Features.Search;
using Portal.Markdown;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Benchmarks;

/// <summary>
/// <c>search-index &lt;corpus folder&gt; [runs]</c>: the search index stage alone, inside the build: loads and
/// renders the corpus once (as the build does, in parallel), then times
/// <see cref="SearchOutput.Write"/> (segmentation, BM25, chunks, fragments, compression) several
/// times and prints each run, the median and the size of what it writes.
/// </summary>
public static class SearchIndexTiming
{
    public static int Run(string[] args)
    {
        var corpus = args[0];
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(new ContentPaths(Path.Combine(corpus, "input"), "input"), diagnostics);
        var theme = Theme.Load(ThemeFolders.Of(Path.Combine(corpus, "theme"), builtInDirectory: null), diagnostics, PortalFeatures.Parts.Filters);
        var site = SiteModelBuilder.Build(content, PortalFeatures.Parts, null, includeDrafts: false, theme.LayoutNames, diagnostics, BuildDate.Resolve(null));
        var outputUrls = PortalFeatures.Parts.Outputs.SelectMany(o => o.Paths(site)).Select(p => "/" + p).ToHashSet(StringComparer.Ordinal);
        var renderer = new PageRenderer(site, theme, new MarkdownRenderer(theme.ElementIds), outputUrls, PortalFeatures.Parts.PageValues);
        var rendered = new RenderedPage?[site.Pages.Count];
        var render = Stopwatch.StartNew();
        Parallel.For(0, rendered.Length, i => rendered[i] = renderer.Render(site.Pages[i], new List<Diagnostic>(), out _));
        IReadOnlyList<RenderedPage> pages = [.. rendered.OfType<RenderedPage>()];
        Console.WriteLine($"rendered {pages.Count} pages in {render.Elapsed.TotalSeconds:F2} s");
        var context = new Output.OutputContext(site, pages, diagnostics) { Parts = PortalFeatures.Parts };

        var times = new List<double>();
        IReadOnlyList<Output.OutputFile> files = [];
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            files = [.. new SearchOutput().Write(context)];
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"search index run {run + 1}: {clock.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU (both cores)");
        }

        times.Sort();
        var bytes = files.Sum(f => f.Content!.LongLength);
        Console.WriteLine($"search index median: {times[times.Count / 2]:F2} s; {files.Count} files, {bytes} bytes " +
            $"({files.Count(f => f.RelativePath.Contains("/terms/", StringComparison.Ordinal))} term chunks, " +
            $"{files.Where(f => f.RelativePath.Contains("/terms/", StringComparison.Ordinal)).Sum(f => f.Content!.LongLength)} bytes; " +
            $"fragments {files.Where(f => f.RelativePath.Contains("/pages/", StringComparison.Ordinal)).Sum(f => f.Content!.LongLength)} bytes)");
        return 0;
    }
}
