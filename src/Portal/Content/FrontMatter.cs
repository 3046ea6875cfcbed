using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Kinds;
using Portal.Thai;

namespace Portal.Content;

/// <summary>
/// The typed front matter of a page: the common keys (<see cref="FrontMatterKeys"/>), the page's kind, and
/// the values of the kind's own fields. Folder defaults are already applied.
/// </summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    public string? Layout { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public int? Order { get; init; }
    public FiscalYear? FiscalYearOverride { get; init; }
    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];
    /// <summary>
    /// What features attached: the values of their shared keys (<see cref="SharedFrontMatterKey"/>, e.g. the OIT claims of
    /// <c>oit:</c>), and the typed data a generator gives its pages for its own kind and outputs to read.
    /// </summary>
    public FeatureData Extensions { get; init; } = FeatureData.Empty;

    public PageKind Kind { get; init; } = ContentPageKind.Instance;

    /// <summary>The values of the kind's own fields (<see cref="PageKind.Fields"/>), by key; absent keys are missing.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <summary>Where each key was written, so later stages can point at it (e.g. an unknown layout).</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary><c>fiscal_year</c> if given, else the fiscal year of <c>date</c>.</summary>
    public FiscalYear? FiscalYear => FiscalYearOverride ?? (Date is { } date ? Thai.FiscalYear.Containing(date) : null);
}
