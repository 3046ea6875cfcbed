namespace Portal.Serve;

/// <summary>
/// The one folder the web editor may read and write: the input folder. Decap names files relative to the folder that
/// holds it (<c>input/news/a.md</c>); a name is inside only if it is written plainly (relative, no <c>.</c> or
/// <c>..</c> segment, no empty segment, no backslash or control character) and still lies in the input folder once every
/// symbolic link on its way, the last one included, is followed as the operating system would. So
/// <c>.git/config</c>, <c>input/../netlify.toml</c>, <c>/etc/passwd</c> and <c>input/news/link.md</c> pointing at
/// <c>src/</c> are all outside. A link created after the check is out of reach: making one needs this user's own access.
/// </summary>
public sealed class InputFolder(string contentRepository, string inputDirectory)
{
    /// <summary>As Linux's own limit (ELOOP): a chain or loop of links longer than this is refused.</summary>
    private const int MaxLinks = 40;

    /// <summary>Whether <paramref name="decapPath"/>, relative to the folder that holds the input folder, is in it.</summary>
    public bool Contains(string decapPath)
    {
        if (!IsPlain(decapPath))
        {
            return false;
        }

        var input = Real(Path.GetFullPath(inputDirectory));
        var resolved = Real(Path.Join(Path.GetFullPath(contentRepository), decapPath));
        return input is not null && resolved is not null && IsWithin(resolved, input);
    }

    /// <summary>The text of a file of the input folder as it is on disk, or null if it is not there (a new page) or not inside.</summary>
    public string? ReadText(string decapPath) =>
        Contains(decapPath) && Path.Join(Path.GetFullPath(contentRepository), decapPath) is var path && File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>
    /// Whether listing <paramref name="decapFolder"/> as decap-server does (files, and folders down to
    /// <paramref name="depth"/> levels, symbolic links listed but not entered) reads nothing outside: the folder is
    /// inside and no link in the listing leads out.
    /// </summary>
    public bool ListingStaysInside(string decapFolder, int depth)
    {
        if (!Contains(decapFolder))
        {
            return false;
        }

        var input = Real(Path.GetFullPath(inputDirectory))!;
        var folder = Real(Path.Join(Path.GetFullPath(contentRepository), decapFolder))!;
        return !Directory.Exists(folder) || LinksStayInside(new DirectoryInfo(folder), depth, input);
    }

    private static bool LinksStayInside(DirectoryInfo folder, int depth, string input)
    {
        if (depth <= 0)
        {
            return true;
        }

        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var inside = entry.LinkTarget is not null
                ? Real(entry.FullName) is { } target && IsWithin(target, input)
                : entry is not DirectoryInfo directory || LinksStayInside(directory, depth - 1, input);
            if (!inside)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Any(c => char.IsControl(c) || c is '\\' or ':')
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link followed, segment by segment; a missing rest is kept as written; null for a loop or an unreadable link.</summary>
    private static string? Real(string fullPath)
    {
        var linksLeft = MaxLinks;
        try
        {
            return Real(fullPath, ref linksLeft);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Real(string fullPath, ref int linksLeft)
    {
        var current = Path.GetPathRoot(fullPath)!;
        foreach (var segment in fullPath[current.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                // After a link, ".." is the parent of where the link led, as the operating system resolves it.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, segment);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (--linksLeft < 0 || Real(Path.IsPathFullyQualified(target) ? target : Path.Join(current, target), ref linksLeft) is not { } resolved)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }
}
