using Portal.Diagnostics;

namespace Portal.Cli;

/// <summary>
/// What <c>portal serve</c> prints after each rebuild: every error, since each one keeps the new pages from being served,
/// and each warning or notice only the first time, so the warnings that stand in the site are shown once and a new one
/// is not lost among them on every save.
/// </summary>
internal sealed class NewDiagnostics
{
    private readonly HashSet<string> _shown = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Of(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == Severity.Error || _shown.Add(TextDiagnosticFormatter.Format(d)))];
}
