using System.Collections.Concurrent;
using Portal.Content;

namespace Portal.Search;

/// <summary>
/// The text of each PDF a build indexes, kept by the <see cref="BuildSession"/> between builds and read
/// again only when the file's size or time of last change differs (<c>portal serve</c> rebuilds after
/// every save; reading PDFs is the slow part of indexing them). PDFs not yet read are read in parallel.
/// </summary>
public sealed class PdfTextCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private int _extracted;

    /// <summary>PDFs the last build read; the others came unchanged from an earlier build.</summary>
    public int ExtractedCount => _extracted;

    /// <summary>The PDFs of the last build whose text is not searchable (display paths, sorted); they are indexed by title only.</summary>
    public IReadOnlyList<string> WithoutText =>
        [.. _used.Where(e => !e.Value.Text.IsSearchable).Select(e => e.Value.DisplayPath).Order(StringComparer.Ordinal)];

    /// <summary>Starts counting for a new build; the texts read so far are kept.</summary>
    public void StartBuild()
    {
        _used = new(StringComparer.Ordinal);
        _extracted = 0;
    }

    /// <summary>The text of each file, by its path inside <c>input/</c>.</summary>
    public IReadOnlyDictionary<string, PdfText> Texts(IEnumerable<StaticFile> files)
    {
        var texts = new ConcurrentDictionary<string, PdfText>(StringComparer.Ordinal);
        Parallel.ForEach(files.DistinctBy(f => f.RelativePath), file =>
        {
            // The walk of input/ has the file's status already (kept fresh by portal serve's watcher): no second stat.
            var stamp = (file.Length, file.LastWriteTimeUtc.Ticks);
            if (!_entries.TryGetValue(file.FullPath, out var entry) || entry.Stamp != stamp)
            {
                entry = new Entry(stamp, file.DisplayPath, PdfTextExtractor.Extract(file.FullPath));
                Interlocked.Increment(ref _extracted);
            }

            _entries[file.FullPath] = entry;
            _used[file.FullPath] = entry;
            texts[file.RelativePath] = entry.Text;
        });
        return texts;
    }

    private sealed record Entry((long Length, long Ticks) Stamp, string DisplayPath, PdfText Text);
}
