using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>The files of a build: the pages, the files of <c>input/files/</c>, the theme's assets and what the outputs made.</summary>
/// <param name="Files">Everything but the deferrable outputs' files and the pages already written (<see cref="RenderedPage.IsWritten"/>).</param>
/// <param name="Deferrable">The deferrable outputs' files (<see cref="IDeferrableOutput"/>): made now, or an earlier build's when <paramref name="Deferred"/>.</param>
/// <param name="Written">What each output that ran now wrote, in the order they ran; none when the build had errors.</param>
internal sealed record SiteOutputs(List<OutputFile> Files, IReadOnlyList<OutputFile> Deferrable, bool Deferred, IReadOnlyList<WrittenOutput> Written);

/// <summary>The outputs stage: turns the rendered site into files, and runs the registered outputs (<see cref="ISiteOutput"/>) when no stage reported an error.</summary>
internal static class OutputStage
{
    /// <param name="features">What the session's features keep between builds.</param>
    /// <param name="writeNow">Writes a file at once and returns where (a one-shot build's staging folder), for outputs that make many (<see cref="OutputContext.WriteNow"/>); null keeps every file until the write stage.</param>
    /// <param name="earlierDeferrable">The deferrable outputs' files of an earlier build, to use instead of making them now (a preview); null makes them.</param>
    public static SiteOutputs Run(SiteModel site, LoadedSite loaded, RenderedSite rendered, OutputPlan plan, BuildOptions options, BuildParts parts, SessionState features,
        Func<OutputFile, string>? writeNow, IReadOnlyList<OutputFile>? earlierDeferrable, DiagnosticBag diagnostics)
    {
        var files = rendered.Pages.Where(p => !p.IsWritten).Select(p => OutputFile.Bytes(p.OutputPath, p.Html)).ToList();
        files.AddRange(site.Files.Select(f => OutputFile.Copy(f.RelativePath, f.FullPath)));
        files.AddRange(loaded.Theme.Theme.Assets.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath)));
        var deferred = earlierDeferrable is not null;
        if (diagnostics.HasErrors)
        {
            return new SiteOutputs(files, earlierDeferrable ?? [], deferred, []);
        }

        var context = Context(site, loaded, rendered, options, parts, features, diagnostics) with { WriteNow = Written(writeNow) };
        var made = new List<OutputFile>();
        var written = new List<WrittenOutput>();
        foreach (var (output, index) in parts.Outputs.Select((o, i) => (o, i)).Where(o => !deferred || o.o is not IDeferrableOutput))
        {
            var wrote = Made(output, context with { OtherOutputPaths = plan.OthersThan(index) });
            (output is IDeferrableOutput ? made : files).AddRange(wrote);
            written.Add(new WrittenOutput(output, [.. wrote.Select(f => f.RelativePath)]));
        }

        return new SiteOutputs(files, earlierDeferrable ?? made, deferred, written);
    }

    /// <summary>The deferrable outputs' files, made from a build whose others were written with an earlier build's (<see cref="PreviewBuild.Complete"/>).</summary>
    public static IReadOnlyList<OutputFile> Deferrable(SiteModel site, LoadedSite loaded, RenderedSite rendered, BuildOptions options, BuildParts parts, SessionState features)
    {
        var problems = new DiagnosticBag();
        var context = Context(site, loaded, rendered, options, parts, features, problems);
        var made = parts.Outputs.OfType<IDeferrableOutput>().SelectMany(o => Made(o, context)).ToList();

        // Warnings made here (a PDF that cannot be read, PT050) are not shown in the preview: `portal build` and
        // `portal check` report them. An error here would be a bug.
        if (problems.ToSortedList().FirstOrDefault(p => p.Severity == Severity.Error) is { } problem)
        {
            throw new InvalidOperationException($"a deferrable output reported {problem.Code.Id}, but only other outputs may report errors");
        }

        return made;
    }

    /// <summary>What the outputs read: the rendered site, what the session's features keep, the registered parts and the folder defaults.</summary>
    private static OutputContext Context(SiteModel site, LoadedSite loaded, RenderedSite rendered, BuildOptions options, BuildParts parts, SessionState features, DiagnosticBag diagnostics) =>
        new(site, rendered.Pages, diagnostics) { Session = features, Options = options, Parts = parts, FolderDefaults = loaded.Content.Defaults };

    private static Func<OutputFile, OutputFile>? Written(Func<OutputFile, string>? writeNow) => writeNow is null ? null : file =>
    {
        writeNow(file);
        return OutputFile.Written(file.RelativePath);
    };

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
}
