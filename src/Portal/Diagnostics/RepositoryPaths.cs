namespace Portal.Diagnostics;

/// <summary>
/// Paths as a pull request shows them: relative to the repository root (the nearest folder up from
/// the working directory that holds <c>.git</c>), so an annotation lands on the file's line. Without a
/// repository, the working directory stands in for its root.
/// </summary>
public sealed class RepositoryPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public static RepositoryPaths Find(string workingDirectory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(workingDirectory)); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return new RepositoryPaths(folder.FullName);
            }
        }

        return new RepositoryPaths(workingDirectory);
    }

    /// <summary><c>input/a.md</c> (as displayed, relative to the working directory) as a path from the root; a path outside the repository stays as it was.</summary>
    public string Relative(string displayedPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(displayedPath));
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? displayedPath
            : relative.Replace('\\', '/');
    }
}
