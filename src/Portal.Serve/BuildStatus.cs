using Portal.Diagnostics;

namespace Portal.Serve;

/// <summary>One build of the preview: its number (1 is the first), what it reported, and how many pages it rendered again.</summary>
public sealed record BuildStatus(int Number, BuildResult Result, int PagesRendered)
{
    public bool Succeeded => Result.Succeeded;

    public IReadOnlyList<Diagnostic> Errors => [.. Result.Diagnostics.Where(d => d.Severity == Severity.Error)];
}
