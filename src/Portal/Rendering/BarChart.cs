namespace Portal.Rendering;

/// <summary>The numbers of a bar chart: one category per row, one value per series.</summary>
/// <param name="Decimals">
/// How many decimals every value is printed with: a property of the data, not of the chart (ITA scores are
/// reported with two, complaint counts with none). <see cref="DecimalsOf"/> reads it from the values as written.
/// </param>
internal sealed record BarChart(
    string Title,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<BarChart.Category> Categories,
    decimal Maximum,
    decimal? Target,
    int Decimals)
{
    public sealed record Category(string Label, IReadOnlyList<decimal?> Values);

    /// <summary>
    /// The largest value a chart draws: far above any municipality's figure (the national budget is about
    /// 3.5 × 10^12 baht), exact in the JSON download for readers that parse numbers as doubles (below 2^53), and
    /// small enough that the scale and its ticks never overflow a decimal.
    /// </summary>
    public const decimal LargestValue = 1_000_000_000_000_000m;

    /// <summary>The most decimals a chart prints: a value label longer than that no longer fits beside its bar.</summary>
    public const int MostDecimals = 6;

    /// <summary>The most groups of bars a chart draws: more cannot be read on a phone, and each adds to the page.</summary>
    public const int MostCategories = 100;

    /// <summary>
    /// Whether a bar can be drawn for <paramref name="value"/>: bars start at zero, so it is from 0 to
    /// <see cref="LargestValue"/>, written with at most <see cref="MostDecimals"/> decimals. The one rule for every chart:
    /// the writer refuses anything else, and the data-table check reports it at its cell.
    /// </summary>
    public static bool CanDraw(decimal value) => value is >= 0 and <= LargestValue && value.Scale <= MostDecimals;

    /// <summary>
    /// The most decimals any value is written with (<c>3</c> has none, <c>2.5</c> one, <c>100.00</c> two), so a
    /// column of counts prints as integers and a column of scores as its source wrote them.
    /// </summary>
    public static int DecimalsOf(IEnumerable<Category> categories) =>
        categories.SelectMany(c => c.Values).Select(v => v is { } value ? (int)value.Scale : 0).DefaultIfEmpty(0).Max();
}
