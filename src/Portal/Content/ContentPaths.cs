namespace Portal.Content;

/// <summary>
/// The folders of <c>input/</c> and how to show its paths to staff. Paths inside the site are
/// always relative with <c>/</c>; <see cref="Resolve"/> refuses any that would leave the input folder.
/// </summary>
public sealed class ContentPaths
{
    public const string DataFolder = "_data";
    public const string FilesFolder = "files";

    public ContentPaths(string inputDirectory, string displayRoot)
    {
        Root = Path.GetFullPath(inputDirectory);
        DisplayRoot = displayRoot.Replace('\\', '/').TrimEnd('/');
    }

    public string Root { get; }

    /// <summary>How the input folder was named by the user, e.g. <c>input</c>, used to prefix paths in messages.</summary>
    public string DisplayRoot { get; }

    public string Display(string relativePath) => $"{DisplayRoot}/{relativePath}";

    /// <summary>How a folder is shown in messages: as the user named it, with <c>/</c> separators.</summary>
    public static string DisplayName(string directory) => directory.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } name ? name : ".";

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
