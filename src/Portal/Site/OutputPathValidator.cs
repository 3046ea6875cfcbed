using Portal.Diagnostics;

namespace Portal.Site;

/// <summary>
/// Checks, before anything is rendered, that no two things would be written to the same output path,
/// and that no file would have to be a folder as well (<c>input/sitemap.xml.md</c> needs a folder
/// where the generated sitemap goes).
/// </summary>
public static class OutputPathValidator
{
    /// <summary>Who asked for an output. When two clash, the message goes to the later kind: staff fix a clash by renaming a page.</summary>
    public enum Source
    {
        Engine,
        StaticFile,
        Page,
    }

    /// <summary>Something the build will write: its path in the output folder and where it comes from.</summary>
    /// <param name="Origin">Shown in messages: <c>input/a.md</c>, <c>theme/assets/css/site.css</c>, or a generated file's URL.</param>
    public sealed record PlannedOutput(string Path, string Origin, Source Source)
    {
        public bool FromContent => Source != Source.Engine;
    }

    /// <param name="generatedOutputs">The paths the registered outputs declare (<c>feed.xml</c>…).</param>
    public static IEnumerable<PlannedOutput> Plan(SiteModel site, IEnumerable<string> generatedOutputs, IEnumerable<string> themeOutputs) =>
        site.Pages.Select(p => new PlannedOutput(p.OutputPath, p.Source?.DisplayPath ?? p.Url, p.Source is null ? Source.Engine : Source.Page))
            .Concat(site.Files.Select(f => new PlannedOutput(f.RelativePath, f.DisplayPath, Source.StaticFile)))
            .Concat(generatedOutputs.Select(p => new PlannedOutput(p, "/" + p, Source.Engine)))
            .Concat(themeOutputs.Select(t => new PlannedOutput(t, t, Source.Engine)));

    public static void Validate(IEnumerable<PlannedOutput> outputs, DiagnosticBag diagnostics)
    {
        var ordered = outputs.OrderBy(o => o.Source).ThenBy(o => o.Origin, StringComparer.Ordinal).ToList();
        var byPath = new Dictionary<string, PlannedOutput>(StringComparer.Ordinal);
        foreach (var output in ordered)
        {
            if (byPath.TryGetValue(output.Path, out var first))
            {
                Report(output, first, output.Path, diagnostics);
            }
            else
            {
                byPath[output.Path] = output;
            }
        }

        foreach (var output in ordered)
        {
            for (var slash = output.Path.IndexOf('/'); slash > 0; slash = output.Path.IndexOf('/', slash + 1))
            {
                // A file where a folder must be; or anything inside a folder that an output claims whole.
                if (byPath.TryGetValue(output.Path[..slash], out var other) || (slash + 1 < output.Path.Length && byPath.TryGetValue(output.Path[..(slash + 1)], out other)))
                {
                    var (later, earlier) = output.Source >= other.Source ? (output, other) : (other, output);
                    Report(later, earlier, other.Path, diagnostics);
                }
            }
        }
    }

    private static void Report(PlannedOutput clashing, PlannedOutput other, string path, DiagnosticBag diagnostics)
    {
        // Two pages at one path were already reported as a duplicate URL.
        if (!clashing.FromContent || (clashing.Path == other.Path && clashing.Source == Source.Page && other.Source == Source.Page))
        {
            return;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCode.OutputClash, new SourceLocation(clashing.Origin),
            $"ไฟล์ผลลัพธ์ {path} ชนกับ {other.Origin} ให้เปลี่ยนชื่อไฟล์นี้",
            $"the output {path} clashes with {other.Origin}; rename this file"));
    }
}
