namespace Portal.Features.Dashboard;

/// <summary>What <see cref="DashboardGenerator"/> gives each page, for <see cref="DashboardPageKind"/> to turn into template values.</summary>
internal sealed record DashboardPageData
{
    /// <summary>Every year shown (the home page).</summary>
    public IReadOnlyList<DashboardYear>? Years { get; init; }

    /// <summary>The page's year (every other page).</summary>
    public DashboardYear? Year { get; init; }

    public DashboardProvince? Province { get; init; }

    public BodyCoverage? Body { get; init; }

    public DashboardItem? Item { get; init; }
}
