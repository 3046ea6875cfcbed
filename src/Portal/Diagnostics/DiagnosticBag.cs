using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portal.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that run in parallel; reads back in a stable order. Of each code in each
/// file, only the first <see cref="ShownPerFileAndCode"/> (by line and column) are kept; the others are counted,
/// and read back as one summary diagnostic (<see cref="Diagnostic.Omitted"/>), so a page with a million raw tags
/// costs a counter, not a million messages. A summary added to another bag (a page's problems, kept between
/// builds, into the build's) adds its count there.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Every stage knows it as the bag; it is a collection so that a page's problems go straight into a bounded one.")]
public sealed class DiagnosticBag : ICollection<Diagnostic>
{
    public const int ShownPerFileAndCode = 5;

    /// <summary>
    /// Fingerprints kept to count each omitted diagnostic once (a folder's defaults are read again for each of its
    /// pages): a fixed bound on the memory; beyond it, omitted diagnostics are counted without that check.
    /// </summary>
    private const int MaxFingerprints = 1 << 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Path, string Code, Severity Severity), Group> _groups = [];
    private readonly HashSet<long> _fingerprints = [];

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _groups.Keys.Any(k => k.Severity == Severity.Error);
            }
        }
    }

    /// <summary>The diagnostics read back: the kept ones, and a summary for each group with omitted ones.</summary>
    /// <remarks>Counted without sorting: every page's loader asks, mostly of an empty bag.</remarks>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _groups.Values.Sum(group => group.Kept.Count + (group.HasOmitted ? 1 : 0));
            }
        }
    }

    bool ICollection<Diagnostic>.IsReadOnly => false;

    public void Add(Diagnostic diagnostic)
    {
        var key = (diagnostic.Location.Path, diagnostic.Code.Id, diagnostic.Severity);
        lock (_lock)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new Group(diagnostic.Code);
                _groups[key] = group;
            }

            if (diagnostic.Omitted > 0)
            {
                group.Summaries.Add(diagnostic);
            }
            else if (group.Keep(diagnostic) is { } dropped && IsNew(dropped))
            {
                group.OmittedCount++;
            }
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>
    /// Sorted by file, line, column and code, so the same content always prints the same report; a group's summary
    /// follows its last kept diagnostic. A problem found many times (a bad key in a folder's defaults, read for each
    /// of its pages) is reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var items = new List<(Diagnostic Diagnostic, bool IsSummary)>();
        lock (_lock)
        {
            if (_groups.Count == 0)
            {
                return [];
            }

            foreach (var group in _groups.Values)
            {
                items.AddRange(group.Kept.Select(d => (d, false)));
                if (group.Summary() is { } summary)
                {
                    items.Add((summary, true));
                }
            }
        }

        return [.. items
            .OrderBy(i => i.Diagnostic.Location.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Diagnostic.Location.Line)
            .ThenBy(i => i.Diagnostic.Location.Column)
            .ThenBy(i => i.Diagnostic.Code.Id, StringComparer.Ordinal)
            .ThenBy(i => i.IsSummary)
            .ThenBy(i => i.Diagnostic.EnglishMessage, StringComparer.Ordinal)
            .Select(i => i.Diagnostic)];
    }

    public bool Contains(Diagnostic item) => ToSortedList().Contains(item);

    public void CopyTo(Diagnostic[] array, int arrayIndex) => ToSortedList().ToList().CopyTo(array, arrayIndex);

    public IEnumerator<Diagnostic> GetEnumerator() => ToSortedList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<Diagnostic>.Clear() => throw new NotSupportedException("a bag only grows");

    bool ICollection<Diagnostic>.Remove(Diagnostic item) => throw new NotSupportedException("a bag only grows");

    /// <summary>Whether an omitted diagnostic was not seen before; true once the fingerprints are full.</summary>
    private bool IsNew(Diagnostic diagnostic)
    {
        var fingerprint = ((long)diagnostic.GetHashCode() << 32) | (uint)HashCode.Combine(diagnostic.EnglishMessage, diagnostic.Location, diagnostic.ThaiMessage);
        return _fingerprints.Count >= MaxFingerprints ? !_fingerprints.Contains(fingerprint) : _fingerprints.Add(fingerprint);
    }

    /// <summary>The diagnostics of one code, severity and file.</summary>
    private sealed class Group(DiagnosticCode code)
    {
        /// <summary>The first ones by place and message, distinct, in that order.</summary>
        public List<Diagnostic> Kept { get; } = [];

        /// <summary>Summaries added from other bags; the same summary added twice counts once.</summary>
        public HashSet<Diagnostic> Summaries { get; } = [];

        public int OmittedCount { get; set; }

        /// <summary>Keeps the diagnostic if it is among the first; gives back the one that is not kept (it, or one it displaced), or null.</summary>
        public Diagnostic? Keep(Diagnostic diagnostic)
        {
            var index = Kept.BinarySearch(diagnostic, Order.Instance);
            if (index >= 0)
            {
                return null;
            }

            index = ~index;
            if (index >= ShownPerFileAndCode)
            {
                return diagnostic;
            }

            Kept.Insert(index, diagnostic);
            if (Kept.Count <= ShownPerFileAndCode)
            {
                return null;
            }

            var displaced = Kept[^1];
            Kept.RemoveAt(Kept.Count - 1);
            return displaced;
        }

        /// <summary>The diagnostics left out, here and in the summaries added from other bags.</summary>
        private int Omitted => OmittedCount + Summaries.Sum(s => s.Omitted);

        public bool HasOmitted => Omitted > 0;

        public Diagnostic? Summary()
        {
            var omitted = Omitted;
            if (omitted == 0)
            {
                return null;
            }

            var last = Kept.Count > 0 ? Kept[^1] : Summaries.First();
            var count = omitted.ToString("N0", CultureInfo.InvariantCulture);
            return last with
            {
                ThaiMessage = $"และอีก {count} รายการของ {code.Id} ในไฟล์นี้ที่ไม่ได้แสดง แก้รายการข้างบนแล้วตรวจอีกครั้ง",
                EnglishMessage = $"and {count} more {code.Id} ({code.Summary}) in this file, not shown; fix the ones above and check again",
                Omitted = omitted,
            };
        }
    }

    /// <summary>By line, column and message: the order diagnostics are read back in.</summary>
    private sealed class Order : IComparer<Diagnostic>
    {
        public static readonly Order Instance = new();

        public int Compare(Diagnostic? x, Diagnostic? y) =>
            (x!.Location.Line, x.Location.Column) != (y!.Location.Line, y.Location.Column)
                ? (x.Location.Line, x.Location.Column).CompareTo((y.Location.Line, y.Location.Column))
                : string.CompareOrdinal(x.EnglishMessage, y.EnglishMessage) is var english and not 0 ? english
                : string.CompareOrdinal(x.ThaiMessage, y.ThaiMessage);
    }
}
