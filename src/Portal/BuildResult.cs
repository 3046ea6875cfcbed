using Portal.Diagnostics;

namespace Portal;

/// <summary>The outcome of a build: every diagnostic, and what was written when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The day of the build in Asia/Bangkok, which OIT statuses are counted at (<see cref="Portal.BuildDate"/>).</summary>
    public DateOnly BuildDate { get; init; }

    /// <summary>Content pages whose last change neither <c>updated</c> nor git history gave, so <c>date</c> stood in.</summary>
    public int PagesWithoutHistory { get; init; }

    /// <summary>PDF attachments (display paths) with no searchable text (scans, legacy Thai fonts, damaged files), indexed by title only.</summary>
    public IReadOnlyList<string> PdfsWithoutText { get; init; } = [];

    /// <summary>The repository is a shallow clone: first-commit dates may be too late.</summary>
    public bool ShallowHistory { get; init; }
}
