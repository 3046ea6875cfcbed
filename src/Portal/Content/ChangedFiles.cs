namespace Portal.Content;

/// <summary>
/// The files a pull request changes, so that a check can show their problems first: what differs between a git
/// reference (the pull request's base) and the working tree, committed or not, as full paths.
/// </summary>
public static class ChangedFiles
{
    public static IReadOnlySet<string> Since(string folder, string reference)
    {
        var root = GitHistory.Git(folder, "rev-parse", "--show-toplevel")?.Trim()
            ?? throw new BuildConfigurationException($"{folder} ไม่อยู่ใน git repository จึงบอกไม่ได้ว่าไฟล์ใดเปลี่ยนตั้งแต่ {reference}",
                $"{folder} is not in a git repository, so the files changed since {reference} are unknown");
        var committed = GitHistory.Git(folder, "-c", "core.quotepath=off", "diff", "--name-only", "-z", $"{reference}...HEAD")
            ?? throw new BuildConfigurationException($"git ไม่รู้จัก '{reference}' (ดึงประวัติของสาขานั้นมาก่อน เช่น git fetch origin)",
                $"git does not know '{reference}' (fetch that branch's history first, e.g. git fetch origin)");
        var uncommitted = GitHistory.Git(folder, "-c", "core.quotepath=off", "ls-files", "-z", "--full-name", "--modified", "--others", "--exclude-standard") ?? "";
        return committed.Split('\0').Concat(uncommitted.Split('\0'))
            .Where(path => path.Length > 0)
            .Select(path => Path.GetFullPath(Path.Combine(root, path)))
            .ToHashSet(StringComparer.Ordinal);
    }
}
