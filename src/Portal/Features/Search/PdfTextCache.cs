using System.Collections.Concurrent;
using Portal.Content;
using Portal.Extensions;

namespace Portal.Features.Search;

/// <summary>
/// The text of each PDF a build indexes, kept by the <see cref="BuildSession"/> between builds and read
/// again only when the file's size or time of last change differs (<c>portal serve</c> rebuilds after
/// every save; reading PDFs is the slow part of indexing them). PDFs not yet read are read together, in
/// child processes (<see cref="PdfTextExtractor.ExtractAll"/>).
/// </summary>
internal sealed class PdfTextCache : ISessionState, IBuildSummary
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private int _extracted;

    /// <summary>PDFs the last build read; the others came unchanged from an earlier build.</summary>
    public int ExtractedCount => _extracted;

    /// <summary>The PDFs of the last build whose text is not searchable (display paths, sorted); they are indexed by title only.</summary>
    public IReadOnlyList<string> WithoutText =>
        [.. _used.Where(e => !e.Value.Text.IsSearchable).Select(e => e.Value.DisplayPath).Order(StringComparer.Ordinal)];

    /// <summary>How many PDFs (with <c>--verbose</c>, which) are indexed by title only.</summary>
    public IEnumerable<string> Lines(bool verbose)
    {
        var without = WithoutText;
        if (without.Count == 0)
        {
            return [];
        }

        var count = without.Count;
        return [$"PDF ที่ไม่มีข้อความที่ค้นได้ {count} ไฟล์ จัดทำดัชนีจากชื่อเท่านั้น ({count} PDF(s) without usable text, indexed by title only)",
            .. verbose ? without.Select(path => $"  {path}") : []];
    }

    /// <summary>Starts counting for a new build; the texts read so far are kept.</summary>
    public void StartBuild()
    {
        _used = new(StringComparer.Ordinal);
        _extracted = 0;
    }

    /// <summary>The text of each file, by its path inside <c>input/</c>.</summary>
    public IReadOnlyDictionary<string, PdfText> Texts(IEnumerable<StaticFile> files)
    {
        var distinct = files.DistinctBy(f => f.RelativePath).ToList();

        // The walk of input/ has the file's status already (kept fresh by portal serve's watcher): no second stat.
        var changed = distinct.Where(f => !_entries.TryGetValue(f.FullPath, out var entry) || entry.Stamp != Stamp(f)).ToList();
        var extracted = PdfTextExtractor.ExtractAll([.. changed.Select(f => f.FullPath)]);
        foreach (var file in changed)
        {
            _entries[file.FullPath] = new Entry(Stamp(file), file.DisplayPath, extracted[file.FullPath]);
        }

        _extracted += changed.Count;
        var texts = new Dictionary<string, PdfText>(StringComparer.Ordinal);
        foreach (var file in distinct)
        {
            var entry = _entries[file.FullPath];
            _used[file.FullPath] = entry;
            texts[file.RelativePath] = entry.Text;
        }

        return texts;
    }

    private static (long Length, long Ticks) Stamp(StaticFile file) => (file.Length, file.LastWriteTimeUtc.Ticks);

    private sealed record Entry((long Length, long Ticks) Stamp, string DisplayPath, PdfText Text);
}
