namespace Portal.Content;

/// <summary>
/// Where a path really leads once every symbolic link on the way is followed, one path component at a
/// time, the way the operating system does it. Checking the resolved path, never the spelled one, is what
/// keeps a link inside <c>input/</c> from reaching files outside it.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up (ELOOP) after 40 links in one lookup; a longer chain is treated as a loop too.</summary>
    private const int MaxLinks = 40;

    public enum Outcome
    {
        Found,

        /// <summary>A component does not exist: a dangling link, or a file removed while the build ran.</summary>
        Missing,

        /// <summary>The links lead back into themselves.</summary>
        Loop,
    }

    public readonly record struct Result(Outcome Outcome, string Path);

    public static Result Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var current = System.IO.Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        PushComponents(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = System.IO.Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = System.IO.Path.Join(current, part);
            var entry = new FileInfo(next);
            if (entry.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return new Result(Outcome.Loop, next);
                }

                if (System.IO.Path.IsPathRooted(target))
                {
                    current = System.IO.Path.GetPathRoot(target)!;
                    target = target[current.Length..];
                }

                PushComponents(pending, target);
                continue;
            }

            if (!entry.Exists && !Directory.Exists(next))
            {
                return new Result(Outcome.Missing, next);
            }

            current = next;
        }

        return new Result(Outcome.Found, current);
    }

    /// <summary>
    /// Where a path that may not exist yet leads: the real path of its nearest existing folder, then the rest as
    /// spelled (a folder about to be made, such as a new output folder).
    /// </summary>
    public static string ResolveAllowingMissing(string path)
    {
        var missing = new Stack<string>();
        var current = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        while (true)
        {
            var resolved = Resolve(current);
            if (resolved.Outcome == Outcome.Found)
            {
                return System.IO.Path.Join([resolved.Path, .. missing]);
            }

            if (System.IO.Path.GetDirectoryName(current) is not { } parent)
            {
                return System.IO.Path.Join([current, .. missing]);
            }

            missing.Push(System.IO.Path.GetFileName(current));
            current = parent;
        }
    }

    /// <summary>
    /// Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths). On
    /// Windows and macOS, whose file systems ignore case, so does the comparison.
    /// </summary>
    public static bool IsInside(string path, string folder) =>
        string.Equals(path, folder, Comparison)
        || path.StartsWith(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, Comparison);

    private static StringComparison Comparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static void PushComponents(Stack<string> pending, string relative)
    {
        var parts = relative.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] != ".")
            {
                pending.Push(parts[i]);
            }
        }
    }
}
