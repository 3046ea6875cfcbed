using System.Collections.Concurrent;

namespace Portal.Diagnostics;

/// <summary>Collects diagnostics from stages that run in parallel; reads back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Sorted by file, line, column and code, so the same content always prints the same report. A problem
    /// found many times (a bad key in a folder's defaults, read for each of its pages) is reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code.Id, StringComparer.Ordinal)
            .ThenBy(d => d.EnglishMessage, StringComparer.Ordinal)];
}
