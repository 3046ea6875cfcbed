using System.Collections.Concurrent;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>The load stage: reads every page, data file and static file under <c>input/</c>, in parallel.</summary>
public static class ContentLoader
{
    /// <param name="cache">Pages read by an earlier build of the same session; an unchanged file is not read again.</param>
    public static LoadedContent Load(ContentPaths paths, DiagnosticBag diagnostics, PageSourceCache? cache = null)
    {
        var pages = LoadPages(paths, diagnostics, cache);
        var defaults = LoadFolderDefaults(paths, diagnostics);
        var data = LoadData(paths, diagnostics);
        var files = ListFiles(paths, diagnostics);
        return new LoadedContent(pages, data, files, defaults);
    }

    /// <summary>The files that really live inside input/; a symbolic link leading out is reported and left out.</summary>
    private static IEnumerable<string> InsideInput(ContentPaths paths, IEnumerable<string> files, DiagnosticBag diagnostics) =>
        files.Where(file =>
        {
            if (!paths.LinksOutside(file))
            {
                return true;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PathOutsideInput, new SourceLocation(paths.Display(paths.Relative(file))),
                "ไฟล์นี้เป็นลิงก์ (symbolic link) ที่ชี้ออกนอกโฟลเดอร์ input/ จึงไม่นำมาเผยแพร่",
                "this file is a symbolic link that leads outside the input folder; it is not published"));
            return false;
        });

    /// <summary>Reads one page; used by the whole build and by anything that reloads a single changed file.</summary>
    public static PageSource LoadPage(ContentPaths paths, string relativePath, ICollection<Diagnostic> diagnostics)
    {
        var text = File.ReadAllText(Path.Combine(paths.Root, relativePath));
        var file = new SourceFile(relativePath, paths.Display(relativePath), text);
        return new PageSource(file, FrontMatterDocument.Parse(file, diagnostics));
    }

    private static IReadOnlyList<PageSource> LoadPages(ContentPaths paths, DiagnosticBag diagnostics, PageSourceCache? cache)
    {
        var candidates = Directory.EnumerateFiles(paths.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => IsPagePath(paths.Relative(f)));
        var relativePaths = InsideInput(paths, candidates, diagnostics).Select(paths.Relative).ToArray();
        var pages = new ConcurrentBag<PageSource>();
        Parallel.ForEach(relativePaths, relativePath =>
        {
            var problems = new List<Diagnostic>();
            pages.Add(cache is null ? LoadPage(paths, relativePath, problems) : cache.GetOrLoad(paths, relativePath, problems));
            diagnostics.AddRange(problems);
        });
        cache?.KeepOnly(relativePaths);
        return [.. pages.OrderBy(p => p.File.RelativePath, StringComparer.Ordinal)];
    }

    private static Dictionary<string, FolderDefaults> LoadFolderDefaults(ContentPaths paths, DiagnosticBag diagnostics)
    {
        var candidates = Directory.EnumerateFiles(paths.Root, FolderDefaults.FileName, SearchOption.AllDirectories)
            .Where(f => IsPagePath(Path.GetDirectoryName(paths.Relative(f)) ?? ""));
        var result = new Dictionary<string, FolderDefaults>(StringComparer.Ordinal);
        foreach (var path in InsideInput(paths, candidates, diagnostics))
        {
            var relative = paths.Relative(path);
            var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "";
            var source = new YamlSource(paths.Display(relative), FirstLine: 1);
            var problems = new List<Diagnostic>();
            result[folder] = new FolderDefaults(folder, FrontMatterDocument.ParseYaml(File.ReadAllText(path), source, problems));
            diagnostics.AddRange(problems);
        }

        return result;
    }

    /// <summary>Pages are Markdown files outside <c>_data/</c> and <c>files/</c>, and not hidden or starting with <c>_</c>.</summary>
    private static bool IsPagePath(string relativePath)
    {
        var segments = relativePath.Split('/');
        return segments[0] != ContentPaths.FilesFolder
            && !segments.Any(s => s.StartsWith('_') || s.StartsWith('.'));
    }

    private static DataFile[] LoadData(ContentPaths paths, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(paths.Root, ContentPaths.DataFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = InsideInput(paths, Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories), diagnostics)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var result = new DataFile[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var relative = paths.Relative(files[i]);
            var problems = new List<Diagnostic>();
            var key = Path.GetRelativePath(folder, files[i]).Replace('\\', '/');
            key = key[..key.LastIndexOf('.')];
            if (files[i].EndsWith(".csv", StringComparison.Ordinal))
            {
                var table = CsvDataReader.Read(File.ReadAllBytes(files[i]), paths.Display(relative), problems);
                result[i] = new DataFile(key, paths.Display(relative), table is null ? null : CsvDataReader.Records(table), Table: table);
            }
            else
            {
                YamlNode? root = YamlDocumentReader.Read(File.ReadAllText(files[i]), paths.Display(relative), 1, problems);
                result[i] = new DataFile(key, paths.Display(relative), root is null ? null : DataValueReader.ToValue(root), root);
            }

            diagnostics.AddRange(problems);
        });
        return result;
    }

    private static IReadOnlyList<StaticFile> ListFiles(ContentPaths paths, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(paths.Root, ContentPaths.FilesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. InsideInput(paths, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), diagnostics)
            .Select(f => new StaticFile(paths.Relative(f), paths.Display(paths.Relative(f)), f, new FileInfo(f).Length))
            .Where(f => !Path.GetFileName(f.RelativePath).StartsWith('.'))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
