using System.Collections.Concurrent;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>The load stage: reads every page, data file and static file under <c>input/</c>, in parallel.</summary>
internal static class ContentLoader
{
    private const string PageExtension = ".md";
    private const string TextDataExtension = ".txt";
    private const string CsvDataExtension = ".csv";
    private static readonly string[] DataExtensions = [".yml", ".yaml", TextDataExtension, CsvDataExtension];

    /// <param name="cache">Pages read by an earlier build of the same session; an unchanged file is not read again.</param>
    /// <param name="walked">The files of <c>input/</c> when the caller already knows them (<see cref="InputTreeCache"/>); else input/ is walked.</param>
    /// <param name="releaseText">
    /// Let go of each page's text as soon as its front matter is read (<see cref="SourceFile.ReleaseText"/>), for a build
    /// that reads it again to render: held until every page was read, the texts of a large site outlived collection after
    /// collection, each copying them again.
    /// </param>
    public static LoadedContent Load(ContentPaths paths, DiagnosticBag diagnostics, PageSourceCache? cache = null, IReadOnlyList<InputFile>? walked = null, bool releaseText = false)
    {
        var files = walked ?? InputTree.Walk(paths, diagnostics);
        var pages = LoadPages(paths, files.Where(f => IsPagePath(f.RelativePath)).ToList(), diagnostics, cache, releaseText);
        var defaults = LoadFolderDefaults(paths, files.Where(f => IsFolderDefaults(f.RelativePath)), diagnostics);
        var data = LoadData(paths, files.Where(f => IsDataPath(f.RelativePath)), diagnostics);
        var staticFiles = ListFiles(paths, files.Where(f => f.RelativePath.StartsWith(ContentPaths.FilesFolder + "/", StringComparison.Ordinal)), diagnostics);
        ReportExtensionCase(paths, files, diagnostics);
        return new LoadedContent(pages, data, staticFiles, defaults);
    }

    /// <summary>Reads one page; used by the whole build and by anything that reloads a single changed file. Null when the file cannot be read as text.</summary>
    public static PageSource? LoadPage(ContentPaths paths, InputFile input, ICollection<Diagnostic> diagnostics)
    {
        var display = paths.Display(input.RelativePath);
        return UnexpectedBuildException.Guard(display, () =>
        {
            if (TextFileReader.Read(input, display, diagnostics) is not { } text)
            {
                return null;
            }

            var file = new SourceFile(input.RelativePath, display, text) { Input = input };
            return new PageSource(file, FrontMatterDocument.Parse(file, diagnostics));
        });
    }

    private static IReadOnlyList<PageSource> LoadPages(ContentPaths paths, IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, PageSourceCache? cache, bool releaseText)
    {
        var pages = new ConcurrentBag<PageSource>();
        Parallel.ForEach(files, input =>
        {
            var problems = new DiagnosticBag();
            if ((cache is null ? LoadPage(paths, input, problems) : cache.GetOrLoad(paths, input, problems)) is { } page)
            {
                if (releaseText)
                {
                    page.File.ReleaseText();
                }

                pages.Add(page);
            }

            diagnostics.AddRange(problems);
        });
        cache?.KeepOnly([.. files.Select(f => f.RelativePath)]);
        return [.. pages.OrderBy(p => p.File.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Each page folder's <c>_defaults.yml</c> (<see cref="FolderDefaults"/>), by folder.</summary>
    private static Dictionary<string, FolderDefaults> LoadFolderDefaults(ContentPaths paths, IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, FolderDefaults>(StringComparer.Ordinal);
        foreach (var input in files)
        {
            var display = paths.Display(input.RelativePath);
            var problems = new DiagnosticBag();
            if (TextFileReader.Read(input, display, problems) is { } text)
            {
                var folder = Path.GetDirectoryName(input.RelativePath)?.Replace('\\', '/') ?? "";
                result[folder] = new FolderDefaults(folder, FrontMatterDocument.ParseYaml(text, new YamlSource(display, FirstLine: 1), problems));
            }

            diagnostics.AddRange(problems);
        }

        return result;
    }

    private static bool IsFolderDefaults(string relativePath) =>
        Path.GetFileName(relativePath) == FolderDefaults.FileName && IsPageFolder(Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? "");

    /// <summary>Pages are Markdown files outside <c>_data/</c> and <c>files/</c>, and not in a folder starting with <c>_</c>.</summary>
    private static bool IsPagePath(string relativePath) =>
        relativePath.EndsWith(PageExtension, StringComparison.Ordinal) && IsPageFolder(relativePath);

    private static bool IsPageFolder(string relativePath)
    {
        var segments = relativePath.Split('/');
        return segments[0] != ContentPaths.FilesFolder && !segments.Any(s => s.StartsWith('_'));
    }

    private static bool IsDataPath(string relativePath) =>
        relativePath.StartsWith(ContentPaths.DataFolder + "/", StringComparison.Ordinal)
        && DataExtensions.Any(e => relativePath.EndsWith(e, StringComparison.Ordinal));

    /// <summary><c>UP.MD</c> would be silently skipped (the extensions are matched exactly, as on Linux), so it is reported instead.</summary>
    private static void ReportExtensionCase(ContentPaths paths, IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            var path = file.RelativePath;
            var expected = IsPageFolder(path) && path.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase) && !IsPagePath(path) ? PageExtension
                : path.StartsWith(ContentPaths.DataFolder + "/", StringComparison.Ordinal) && !IsDataPath(path)
                    ? DataExtensions.FirstOrDefault(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                    : null;
            if (expected is not null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.ExtensionCase, new SourceLocation(paths.Display(path)),
                    $"นามสกุลไฟล์ต้องเป็นตัวเล็ก '{expected}' มิฉะนั้นระบบจะไม่อ่านไฟล์นี้ ให้เปลี่ยนชื่อไฟล์",
                    $"the extension must be lower-case '{expected}', or the file is not read; rename the file"));
            }
        }
    }

    private static IReadOnlyList<DataFile> LoadData(ContentPaths paths, IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        var inputs = files.ToArray();
        var result = new DataFile?[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            var input = inputs[i];
            var display = paths.Display(input.RelativePath);
            var problems = new DiagnosticBag();
            result[i] = UnexpectedBuildException.Guard(display, () =>
            {
                var key = input.RelativePath[(ContentPaths.DataFolder.Length + 1)..];
                key = key[..key.LastIndexOf('.')];
                if (input.RelativePath.EndsWith(CsvDataExtension, StringComparison.Ordinal))
                {
                    // A CSV table checks its own bytes, so a bad byte is reported at its row and column; its size is a page's.
                    var table = TextFileReader.ReadBytes(input, display, problems) is { } bytes ? CsvDataReader.Read(bytes, display, problems) : null;
                    return new DataFile(key, display, table is null ? null : CsvDataReader.Records(table), Table: table);
                }

                if (TextFileReader.Read(input, display, problems) is not { } text)
                {
                    return null;
                }

                if (input.RelativePath.EndsWith(TextDataExtension, StringComparison.Ordinal))
                {
                    // A plain list kept in the repository (published-urls.txt): its text, line by line.
                    return new DataFile(key, display, text);
                }

                YamlNode? root = YamlDocumentReader.Read(text, display, 1, problems);
                var value = root is null ? null : DataValueReader.ToValue(root);
                DataUrls.Check(root, display, problems);
                return new DataFile(key, display, value, root);
            });
            diagnostics.AddRange(problems);
        });
        return [.. result.OfType<DataFile>()];
    }

    private static List<StaticFile> ListFiles(ContentPaths paths, IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        var published = new List<StaticFile>();
        foreach (var file in files)
        {
            var display = paths.Display(file.RelativePath);
            if (!AttachmentTypes.IsAllowed(file.RelativePath))
            {
                var extension = Path.GetExtension(file.RelativePath);
                var allowed = string.Join(" ", AttachmentTypes.Allowed);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.AttachmentTypeNotAllowed, new SourceLocation(display),
                    $"ไฟล์แนบชนิด '{extension}' เผยแพร่ไม่ได้ เพราะอาจมีสคริปต์หรือไม่ใช่เอกสาร ใช้ได้: {allowed} (รูป SVG ให้แปลงเป็น PNG หรือ PDF)",
                    $"attachments of type '{extension}' are not published (they may run script, or are not documents); allowed: {allowed} (convert an SVG picture to PNG or PDF)"));
                continue;
            }

            if (file.Length > AttachmentTypes.MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.FileTooLarge, new SourceLocation(display),
                    $"ไฟล์แนบใหญ่เกินขีดจำกัด {AttachmentTypes.MaxBytes / (1024 * 1024)} MB ให้ย่อขนาดหรือแบ่งไฟล์",
                    $"the attachment is over the {AttachmentTypes.MaxBytes / (1024 * 1024)} MB limit; make it smaller or split it"));
                continue;
            }

            published.Add(new StaticFile(file.RelativePath, display, file.RealPath, file.Length, file.LastWriteTimeUtc));
        }

        return published;
    }
}
