using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Site;

/// <summary>
/// Checks, before anything is rendered, that no two things would be written to the same output path,
/// and that no file would have to be a folder as well (<c>input/sitemap.xml.md</c> needs a folder
/// where the generated sitemap goes).
/// </summary>
internal static class OutputPathValidator
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

    /// <summary>
    /// The key under which two output paths are one file on disk or one address to a reader: NFC with SARA AM in one
    /// spelling (<see cref="ThaiText.Normalize"/>), then capitals folded. Windows and macOS ignore case, macOS ignores
    /// the Unicode form, and the two SARA AM spellings look the same; a site built there would lose one of the two.
    /// </summary>
    public static string LookAlikeKey(string path) => ThaiText.Normalize(path).ToUpperInvariant();

    public static void Validate(IEnumerable<PlannedOutput> outputs, DiagnosticBag diagnostics)
    {
        var ordered = outputs.OrderBy(o => o.Source).ThenBy(o => o.Origin, StringComparer.Ordinal).ToList();
        var byPath = new Dictionary<string, PlannedOutput>(StringComparer.Ordinal);
        var clashing = new HashSet<PlannedOutput>();
        foreach (var output in ordered)
        {
            if (byPath.TryGetValue(LookAlikeKey(output.Path), out var first))
            {
                Report(output, first, diagnostics);
                clashing.Add(output);
            }
            else
            {
                byPath[LookAlikeKey(output.Path)] = output;
            }
        }

        // Each folder is spelled one way: news/ and News/ are one folder on Windows and macOS. A second spelling is
        // reported once, at the first output that uses it.
        var folders = new Dictionary<string, (string Spelling, PlannedOutput Output)>(StringComparer.Ordinal);
        var otherSpellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in ordered.Where(o => !clashing.Contains(o)))
        {
            for (var slash = output.Path.IndexOf('/'); slash > 0; slash = output.Path.IndexOf('/', slash + 1))
            {
                // A file where a folder must be; or anything inside a folder that an output claims whole.
                var folder = output.Path[..slash];
                var claimed = byPath.ContainsKey(LookAlikeKey(folder)) ? folder : slash + 1 < output.Path.Length ? output.Path[..(slash + 1)] : null;
                if (claimed is not null && byPath.TryGetValue(LookAlikeKey(claimed), out var other))
                {
                    var (later, earlier, laterPath, earlierPath) = output.Source >= other.Source ? (output, other, claimed, other.Path) : (other, output, other.Path, claimed);
                    Report(later, earlier, diagnostics, laterPath, earlierPath);
                }

                if (folders.TryGetValue(LookAlikeKey(folder), out var spelled) && spelled.Spelling != folder)
                {
                    if (otherSpellings.Add(folder))
                    {
                        Report(output, spelled.Output, diagnostics, folder + "/", spelled.Spelling + "/");
                    }

                    break;
                }

                folders.TryAdd(LookAlikeKey(folder), (folder, output));
            }
        }
    }

    /// <param name="path">The path written twice, as the clashing output spells it; by default its own path.</param>
    /// <param name="otherPath">The same path as the other output spells it (another spelling is named in the message); by default its own path.</param>
    private static void Report(PlannedOutput clashing, PlannedOutput other, DiagnosticBag diagnostics, string? path = null, string? otherPath = null)
    {
        path ??= clashing.Path;
        otherPath ??= other.Path;
        var bothPages = clashing.Source == Source.Page && other.Source == Source.Page;

        // Two pages at one path were already reported as a duplicate URL.
        if (!clashing.FromContent || (bothPages && clashing.Path == other.Path))
        {
            return;
        }

        var (thaiLookAlike, englishLookAlike) = path == otherPath ? ("", "") :
            ($" ({otherPath}) ซึ่งต่างกันเพียงตัวพิมพ์เล็ก-ใหญ่หรือรูปแบบอักขระ Windows และ macOS ถือเป็นชื่อเดียวกัน",
             $" ({otherPath}), which differs only in capitals or Unicode form: Windows and macOS take them for one name");
        diagnostics.Add(Diagnostic.Error(bothPages ? DiagnosticCode.DuplicateUrl : DiagnosticCode.OutputClash, new SourceLocation(clashing.Origin),
            $"ไฟล์ผลลัพธ์ {path} ชนกับ {other.Origin}{thaiLookAlike} ให้เปลี่ยนชื่อไฟล์นี้",
            $"the output {path} clashes with {other.Origin}{englishLookAlike}; rename this file"));
    }
}
