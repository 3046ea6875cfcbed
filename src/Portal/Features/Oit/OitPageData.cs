namespace Portal.Features.Oit;

/// <summary>What <see cref="OitGenerator"/> gives each page it makes, for <see cref="OitPageKind"/> and <see cref="OitCoverageOutput"/> to read typed.</summary>
internal sealed record OitPageData
{
    /// <summary>The year's coverage (year, item and coverage pages).</summary>
    public OitYearCoverage? Year { get; init; }

    /// <summary>The item of an item page.</summary>
    public OitItemCoverage? Item { get; init; }

    /// <summary>The same topic's item in the next year's catalog, if it has one (item pages).</summary>
    public OitItemCoverage? NextYear { get; init; }

    /// <summary>Every year's coverage (<c>/ita/history/</c>).</summary>
    public IReadOnlyList<OitYearCoverage>? History { get; init; }
}
