using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Thai;

namespace Portal.Pipeline;

/// <summary>The rendered site, in URL order, and the record of this render for the next build of a session to compare with.</summary>
/// <param name="Pages">The rendered pages; pages that failed to render are absent.</param>
/// <param name="Dependencies">What each page's rendering read, rendered now or earlier; empty for a one-shot build, which no build follows.</param>
/// <param name="RenderedUrls">The pages rendered now; the others are an earlier build's.</param>
/// <param name="Record">What the next build of the session compares with; null for a one-shot build.</param>
internal sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<PageDependencies> Dependencies, IReadOnlySet<string> RenderedUrls, RenderRecord? Record);

/// <summary>The render stage: renders, in parallel, the pages the changes since the previous render touch (<see cref="RenderRecord"/>); the others are taken from it.</summary>
internal static class RenderStage
{
    /// <summary>Pages a thread takes at a time: few enough that the threads finish together, enough that taking them costs nothing.</summary>
    private const int RangeSize = 16;

    /// <param name="previous">The session's last render, or null to render every page.</param>
    /// <param name="writeNow">Writes a page's file at once and returns where (a one-shot build's staging folder), so its HTML need not stay in memory; null keeps every page's HTML.</param>
    /// <param name="textFile">Holds each page's search text until the outputs read it (a one-shot build's staging folder), so it need not stay in memory; null keeps it in memory.</param>
    /// <param name="oneShot">No later build renders these pages again: each page's Markdown, let go after the load stage, is read again to render it and let go once it is rendered (<see cref="SourceFile.ReleaseText"/>), and no record of the render is kept (at 20,000 pages what the pages read alone takes about 20 MB).</param>
    public static RenderedSite Run(SiteModel site, LoadedSite loaded, OutputPlan plan, BuildOptions options, BuildParts parts, RenderRecord? previous,
        Func<OutputFile, string>? writeNow, PackedTextFile? textFile, bool oneShot, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        var outputUrls = plan.OutputPaths.Select(p => "/" + p).ToHashSet(StringComparer.Ordinal);
        var renderer = new PageRenderer(site, loaded.Theme.Theme, loaded.Theme.Markdown, outputUrls, parts.PageValues, options.Preview);
        var toRender = previous?.PagesToRender(site, loaded.Stamps) ?? site.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        // Pages that list other pages are started first, and the work is handed out in small ranges: a large site's
        // sitemap or archive takes as long as hundreds of pages, and rendered last it left one core working alone.
        var work = site.Pages.Where(p => toRender.Contains(p.Url)).OrderByDescending(renderer.ListsPages).ToArray();
        var fresh = new RenderRecord.Entry[work.Length];
        var done = 0;
        var total = work.Length;
        var step = Math.Max(1, total / 100);
        progress?.Report(new BuildProgress(BuildStage.Render, 0, total));
        try
        {
            if (total > 0)
            {
                Parallel.ForEach(Partitioner.Create(0, total, RangeSize), range =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        var problems = new DiagnosticBag();

                        // A page whose file can no longer be read as it was has an error now, so the build writes nothing;
                        // it is rendered from no text rather than left out, so that the record stays whole.
                        if (oneShot && work[i].Source is { } source && !source.ReadAgain(problems))
                        {
                            source.UseNoText();
                        }

                        // What each page read is recorded only for a later build of the session to compare with.
                        PageDependencies? dependencies = null;
                        var rendered = oneShot ? renderer.Render(work[i], problems) : renderer.Render(work[i], problems, out dependencies);
                        if (oneShot)
                        {
                            work[i].Source?.ReleaseText();
                        }

                        if (rendered is not null && writeNow is not null)
                        {
                            rendered = rendered.WrittenTo(writeNow(OutputFile.Bytes(rendered.OutputPath, rendered.Html)));
                        }

                        if (rendered is not null && textFile is not null)
                        {
                            rendered = rendered with { Text = rendered.Text.MovedTo(textFile) };
                        }

                        fresh[i] = new RenderRecord.Entry(rendered, dependencies, problems.ToSortedList());
                        var finished = Interlocked.Increment(ref done);
                        if (finished % step == 0 || finished == total)
                        {
                            progress?.Report(new BuildProgress(BuildStage.Render, finished, total));
                        }
                    }
                });
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is BuildConfigurationException) is { } cause)
        {
            // The output folder could not be written: the machine's problem, reported as itself (FolderTarget).
            ExceptionDispatchInfo.Throw(cause);
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
        return new RenderedSite([.. ordered.Select(e => e.Rendered).OfType<RenderedPage>()], oneShot ? [] : [.. ordered.Select(e => e.Dependencies!)], toRender,
            oneShot ? null : RenderRecord.Create(entries, loaded.Stamps));
    }
}
