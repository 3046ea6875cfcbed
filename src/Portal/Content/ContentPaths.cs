using System.Collections.Concurrent;

namespace Portal.Content;

/// <summary>
/// The folders of <c>input/</c> and how to show its paths to staff. Paths inside the site are
/// always relative with <c>/</c>; <see cref="Resolve"/> refuses any that would leave the input folder.
/// </summary>
public sealed class ContentPaths
{
    public const string DataFolder = "_data";
    public const string FilesFolder = "files";

    /// <summary>The verdict for each folder, so thousands of pages in one folder check it once.</summary>
    private readonly ConcurrentDictionary<string, bool> _folderLeadsOutside = new(StringComparer.Ordinal);

    public ContentPaths(string inputDirectory, string displayRoot)
    {
        Root = Path.GetFullPath(inputDirectory);
        DisplayRoot = displayRoot.Replace('\\', '/').TrimEnd('/');
    }

    public string Root { get; }

    /// <summary>How the input folder was named by the user, e.g. <c>input</c>, used to prefix paths in messages.</summary>
    public string DisplayRoot { get; }

    public string Display(string relativePath) => $"{DisplayRoot}/{relativePath}";

    /// <summary>
    /// Whether a file found under the input folder really lives outside it: the file, or a folder on
    /// its way, is a symbolic link whose target is elsewhere. Such a file must not be read or published.
    /// </summary>
    public bool LinksOutside(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        return (folder is not null && folder != Root && _folderLeadsOutside.GetOrAdd(folder, f => LinksOutside(f)))
            || LeadsOutside(Directory.Exists(fullPath) ? new DirectoryInfo(fullPath) : new FileInfo(fullPath));
    }

    private bool LeadsOutside(FileSystemInfo entry) =>
        entry.LinkTarget is not null && !Contains(entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName);

    private bool Contains(string? fullPath) =>
        fullPath is not null && (fullPath == Root || fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>
    /// Resolves <paramref name="relativeTarget"/> against the folder of <paramref name="fromRelativePath"/>
    /// (or against the input root when it starts with <c>/</c>). Returns null when the result would leave input/.
    /// </summary>
    public static string? Combine(string fromRelativePath, string relativeTarget)
    {
        var segments = new List<string>();
        if (!relativeTarget.StartsWith('/'))
        {
            var folder = fromRelativePath.Contains('/') ? fromRelativePath[..fromRelativePath.LastIndexOf('/')] : "";
            segments.AddRange(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var segment in relativeTarget.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (segment)
            {
                case ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    segments.Add(segment);
                    continue;
            }
        }

        return string.Join('/', segments);
    }
}
