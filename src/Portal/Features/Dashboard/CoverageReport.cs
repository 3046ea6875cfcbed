using Portal.Features.Oit;

namespace Portal.Features.Dashboard;

/// <summary>What the dashboard keeps of a body's valid coverage.json: the day it was made and each item's status (the evidence is on the body's own site).</summary>
internal sealed record CoverageReport(int Year, DateOnly AsOf, IReadOnlyList<CoverageReportItem> Items)
{
    public int Count(OitStatus status) => Items.Count(i => i.Status == status);
}

internal sealed record CoverageReportItem(string Code, string Title, OitStatus Status);
