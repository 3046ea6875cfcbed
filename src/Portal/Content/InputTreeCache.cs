using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// A session's last walk of <c>input/</c> (<see cref="InputTree"/>), brought up to date from a watcher's
/// <see cref="InputChanges"/> instead of walking again when that is safe: every change is to a file the
/// walk found, which is still a regular file with one name, and the walk met no symbolic link and reported nothing (a
/// link's target changes without an event at the link). Anything else, or unknown changes, walks again.
/// </summary>
internal sealed class InputTreeCache
{
    private Walk? _last;

    public IReadOnlyList<InputFile> Files(ContentPaths paths, InputChanges changes, DiagnosticBag diagnostics)
    {
        if (_last is { } last && changes.Paths is { } changed && last.Updated(changed) is { } updated)
        {
            _last = updated;
            return updated.Files;
        }

        var problems = new DiagnosticBag();
        var files = InputTree.Walk(paths, problems);
        var reported = problems.ToSortedList();
        diagnostics.AddRange(reported);
        var root = RealPath.Resolve(paths.Root).Path;
        var plain = reported.Count == 0 && files.All(f => f.RealPath == Path.Combine(root, f.RelativePath));
        _last = plain ? new Walk(files, files.Select((f, i) => (f.RelativePath, i)).ToDictionary(p => p.RelativePath, p => p.i, StringComparer.Ordinal)) : null;
        return files;
    }

    private sealed record Walk(IReadOnlyList<InputFile> Files, Dictionary<string, int> Index)
    {
        /// <summary>This walk with the changed files' sizes and times read again; null when a change needs a new walk.</summary>
        public Walk? Updated(IReadOnlySet<string> changed)
        {
            var files = Files.ToArray();
            foreach (var path in changed)
            {
                if (path.Split('/').Any(segment => segment.StartsWith('.')))
                {
                    // Hidden files and folders (an editor's swap file) are never read.
                    continue;
                }

                if (!Index.TryGetValue(path, out var i))
                {
                    return null;
                }

                var status = new FileInfo(files[i].RealPath);

                // Gone, now a link, empty (so perhaps no regular file) or given a second name: the walk decides what it is.
                if (!status.Exists || status.Attributes.HasFlag(FileAttributes.ReparsePoint) || status.Length == 0 || HardLinks.Count(status.FullName) > 1)
                {
                    return null;
                }

                files[i] = files[i] with { Length = status.Length, LastWriteTimeUtc = status.LastWriteTimeUtc };
            }

            return this with { Files = files };
        }
    }
}
