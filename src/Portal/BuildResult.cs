using Portal.Diagnostics;

namespace Portal;

/// <summary>The outcome of a build: every diagnostic, and what was written when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
