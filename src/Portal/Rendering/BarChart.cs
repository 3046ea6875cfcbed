namespace Portal.Rendering;

/// <summary>The numbers of a bar chart: one category per row, one value per series.</summary>
/// <param name="Decimals">
/// How many decimals every value is printed with: a property of the data, not of the chart (ITA scores are
/// reported with two, complaint counts with none). <see cref="DecimalsOf"/> reads it from the values as written.
/// </param>
public sealed record BarChart(
    string Title,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<BarChart.Category> Categories,
    decimal Maximum,
    decimal? Target,
    int Decimals)
{
    public sealed record Category(string Label, IReadOnlyList<decimal?> Values);

    /// <summary>
    /// The most decimals any value is written with (<c>3</c> has none, <c>2.5</c> one, <c>100.00</c> two), so a
    /// column of counts prints as integers and a column of scores as its source wrote them.
    /// </summary>
    public static int DecimalsOf(IEnumerable<Category> categories) =>
        categories.SelectMany(c => c.Values).Select(v => v is { } value ? (int)value.Scale : 0).DefaultIfEmpty(0).Max();
}
