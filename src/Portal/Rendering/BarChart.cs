namespace Portal.Rendering;

/// <summary>The numbers of a bar chart: one category per row, one value per series.</summary>
public sealed record BarChart(
    string Title,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<BarChart.Category> Categories,
    decimal Maximum,
    decimal? Target)
{
    public sealed record Category(string Label, IReadOnlyList<decimal?> Values);
}
