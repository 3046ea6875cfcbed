using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Output;
using Portal.Site;

namespace Portal;

/// <summary>The outcome of a build: every diagnostic, the site model, and what each output wrote when it succeeded.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The day of the build in Asia/Bangkok, which date-dependent pages are made for (<see cref="Portal.BuildDate"/>).</summary>
    public DateOnly BuildDate { get; init; }

    /// <summary>Content pages whose last change neither <c>updated</c> nor git history gave, so <c>date</c> stood in.</summary>
    public int PagesWithoutHistory { get; init; }

    /// <summary>The repository is a shallow clone: first-commit dates may be too late.</summary>
    public bool ShallowHistory { get; init; }

    /// <summary>The site model the build made (also when it failed later): what a command reports on without writing a site.</summary>
    public required SiteModel Site { get; init; }

    /// <summary>What each output that ran wrote, in the order they ran; none when the build had errors.</summary>
    public IReadOnlyList<WrittenOutput> Outputs { get; init; } = [];

    /// <summary>What the session's features keep between builds (<see cref="SessionState"/>), as this build left it.</summary>
    public SessionState Session { get; init; } = new();
}

/// <summary>The paths (inside the output folder) one output wrote.</summary>
public sealed record WrittenOutput(ISiteOutput Output, IReadOnlyList<string> Paths);
