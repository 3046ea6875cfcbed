using Fluid;
using Fluid.Values;

namespace Portal.Rendering;

/// <summary>
/// Reads the <c>bar_chart</c> filter's input and named arguments into a <see cref="BarChart"/>:
/// <c>label</c> and <c>value</c> for one series, or <c>label</c>, <c>values</c> and <c>series</c> for grouped bars;
/// <c>title</c>, <c>max</c> (default 100), <c>target</c> and <c>decimals</c> (default: as many as the values are written with)
/// are optional.
/// </summary>
internal static class BarChartArguments
{
    public static BarChart Read(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var labelKey = Text(arguments, "label") ?? throw Missing("label");
        var valueKey = Text(arguments, "value");
        var valuesKey = Text(arguments, "values");
        if (valueKey is null && valuesKey is null)
        {
            throw Missing("value");
        }

        var items = input.Enumerate(context).ToList();
        if (items.Count == 0)
        {
            throw new TemplateRenderException("bar_chart: the input list is empty or missing");
        }

        var series = valuesKey is null
            ? [Text(arguments, "title") ?? ""]
            : arguments["series"].Enumerate(context).Select(v => v.ToStringValue()).ToList();
        var categories = items.Select(item =>
        {
            var label = Member(item, labelKey, context).ToStringValue();
            IReadOnlyList<decimal?> values = valuesKey is null
                ? [Number(Member(item, valueKey!, context))]
                : [.. Member(item, valuesKey, context).Enumerate(context).Select(Number)];
            return new BarChart.Category(label, values);
        }).ToList();

        var maximum = OptionalNumber(arguments, "max") ?? DefaultMaximum;
        if (maximum <= 0)
        {
            throw new TemplateRenderException($"bar_chart: max must be above zero, not {maximum}");
        }

        var target = OptionalNumber(arguments, "target");
        var decimals = OptionalNumber(arguments, "decimals") is { } given ? Decimals(given) : BarChart.DecimalsOf(categories);
        return new BarChart(Text(arguments, "title") ?? "", series, categories, maximum, target, decimals);
    }

    private static int Decimals(decimal given) => given is >= 0 and <= BarChart.MostDecimals && given == decimal.Truncate(given)
        ? (int)given
        : throw new TemplateRenderException($"bar_chart: decimals must be a whole number from 0 to {BarChart.MostDecimals}, not {given}");

    private static FluidValue Member(FluidValue item, string key, TemplateContext context) =>
        item.GetValueAsync(key, context).AsTask().GetAwaiter().GetResult();

    private const decimal DefaultMaximum = 100m;

    /// <summary>A named number; nil (e.g. <c>max: data.x</c> where the data has no <c>x</c>) counts as not given.</summary>
    private static decimal? OptionalNumber(FilterArguments arguments, string name) =>
        arguments.HasNamed(name) ? Number(arguments[name]) : null;

    private static decimal? Number(FluidValue value) => value.IsNil() ? null : value.ToNumberValue();

    private static string? Text(FilterArguments arguments, string name) =>
        arguments.HasNamed(name) ? arguments[name].ToStringValue() : null;

    private static TemplateRenderException Missing(string name) => new($"bar_chart: the '{name}:' argument is required");
}
