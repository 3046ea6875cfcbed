namespace Portal.Features.Dashboard;

/// <summary>A body's coverage of one year: its report, or the problem that kept it out.</summary>
/// <param name="Location">Where its coverage.json was read from (a URL or a path relative to sources.yml).</param>
internal sealed record BodyCoverage(BodySource Body, string Location, CoverageReport? Report, SourceProblem? Problem);
