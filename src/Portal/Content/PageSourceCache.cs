using System.Collections.Concurrent;
using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// Pages read by earlier builds of a session, by path. A file whose size and time of last change are
/// unchanged is not read or parsed again; the problems found when it was read are reported again.
/// </summary>
internal sealed class PageSourceCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private int _reads;

    /// <summary>How many pages the last build read from disk (the rest came from the cache).</summary>
    public int ReadCount => _reads;

    public PageSource? GetOrLoad(ContentPaths paths, InputFile input, ICollection<Diagnostic> diagnostics)
    {
        var stamp = (input.Length, input.LastWriteTimeUtc);
        if (_entries.TryGetValue(input.RelativePath, out var cached) && cached.Stamp == stamp)
        {
            foreach (var problem in cached.Problems)
            {
                diagnostics.Add(problem);
            }

            return cached.Source;
        }

        var problems = new DiagnosticBag();
        var source = ContentLoader.LoadPage(paths, input, problems);
        _entries[input.RelativePath] = new Entry(stamp, source, problems.ToSortedList());
        Interlocked.Increment(ref _reads);
        foreach (var problem in _entries[input.RelativePath].Problems)
        {
            diagnostics.Add(problem);
        }

        return source;
    }

    /// <summary>Forgets pages that are gone, and starts counting reads for the next build.</summary>
    public void KeepOnly(IReadOnlyCollection<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !keep.Contains(p)))
        {
            _entries.TryRemove(path, out _);
        }
    }

    /// <summary>Called as a build starts.</summary>
    public void StartBuild() => Interlocked.Exchange(ref _reads, 0);

    private sealed record Entry((long Length, DateTime Time) Stamp, PageSource? Source, IReadOnlyList<Diagnostic> Problems);
}
