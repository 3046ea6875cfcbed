using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Output;
using Portal.Rendering;
using Portal.Search;
using Portal.Site;

namespace Portal;

/// <summary>
/// The orchestrator: load → model → validate → render → write, each stage taking the previous one's
/// value. Problems are collected across all stages; the site is written only when there are none.
/// </summary>
public static class SiteBuild
{
    public static BuildResult Run(BuildOptions options, IProgress<BuildProgress>? progress = null, bool write = true)
    {
        var clock = Stopwatch.StartNew();
        CheckFolders(options, write);
        var diagnostics = new DiagnosticBag();

        progress?.Report(new BuildProgress(BuildStage.Load, 0, 1));
        var paths = new ContentPaths(options.InputDirectory, DisplayName(options.InputDirectory));
        var content = ContentLoader.Load(paths, diagnostics);
        var theme = Theme.Load(options.ThemeDirectory, DisplayName(options.ThemeDirectory), diagnostics);

        progress?.Report(new BuildProgress(BuildStage.Model, 0, 1));
        var site = SiteModelBuilder.Build(content, options.BaseUrl, options.IncludeDrafts, theme.LayoutNames, diagnostics);

        progress?.Report(new BuildProgress(BuildStage.Validate, 0, 1));
        SiteValidator.Validate(site, theme.LayoutNames, diagnostics);
        OutputPathValidator.Validate(OutputPathValidator.Plan(site, theme.Assets.Assets.Select(a => a.OutputPath)), diagnostics);

        var pages = Render(site, theme, diagnostics, progress);
        var files = OutputFiles(site, theme, pages);
        if (write && !diagnostics.HasErrors)
        {
            progress?.Report(new BuildProgress(BuildStage.Write, 0, files.Count));
            SiteWriter.Write(options.OutputDirectory, files, done => progress?.Report(new BuildProgress(BuildStage.Write, done, files.Count)));
        }

        var pageCount = pages.Count(p => p is not null);
        var fileCount = files.Count - pageCount;
        return new BuildResult(diagnostics.ToSortedList(), pageCount, fileCount, clock.Elapsed);
    }

    private static RenderedPage?[] Render(SiteModel site, Theme theme, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        var renderer = new PageRenderer(site, theme, new MarkdownRenderer(theme.ElementIds));
        var results = new RenderedPage?[site.Pages.Count];
        var done = 0;
        var total = site.Pages.Count;
        var step = Math.Max(1, total / 100);
        progress?.Report(new BuildProgress(BuildStage.Render, 0, total));
        var renderProblems = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(Partitioner.Create(0, total), range =>
        {
            var problems = new List<Diagnostic>();
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = renderer.Render(site.Pages[i], problems);
                var finished = Interlocked.Increment(ref done);
                if (finished % step == 0 || finished == total)
                {
                    progress?.Report(new BuildProgress(BuildStage.Render, finished, total));
                }
            }

            foreach (var problem in problems)
            {
                renderProblems.Add(problem);
            }
        });
        diagnostics.AddRange(RepeatedDiagnostics.Collapse(renderProblems, DiagnosticCode.TemplateError));
        return results;
    }

    private static List<OutputFile> OutputFiles(SiteModel site, Theme theme, IEnumerable<RenderedPage?> pages)
    {
        var files = pages.OfType<RenderedPage>().Select(p => OutputFile.Bytes(p.OutputPath, p.Html)).ToList();
        files.AddRange(site.Files.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
        files.AddRange(theme.Assets.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath)));
        files.Add(SitemapWriter.Write(site));
        files.Add(AtomFeedWriter.Write(site));
        files.Add(RobotsWriter.Write(site));
        files.AddRange(SearchOutput.Files(site, pages));
        return files;
    }

    private static void CheckFolders(BuildOptions options, bool write)
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

        if (!write)
        {
            return;
        }

        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var source in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var full = Path.GetFullPath(source).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(full, StringComparison.Ordinal))
            {
                throw new BuildConfigurationException(
                    $"โฟลเดอร์ผลลัพธ์ {options.OutputDirectory} ต้องไม่ซ้อนกับ {source} เพราะจะถูกแทนที่ทั้งโฟลเดอร์",
                    $"the output folder {options.OutputDirectory} must not overlap {source}: it is replaced as a whole");
            }
        }
    }

    /// <summary>How a folder is shown in messages: as the user named it, with <c>/</c> separators.</summary>
    private static string DisplayName(string directory) => directory.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } name ? name : ".";
}
