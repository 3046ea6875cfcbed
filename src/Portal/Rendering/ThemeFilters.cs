using System.Globalization;
using Fluid;
using Fluid.Values;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>The core's Liquid filters (docs/theme.md lists them with examples); features add their own (<see cref="BuildParts.Filters"/>).</summary>
internal static class ThemeFilters
{
    public static void Register(TemplateOptions options, AssetManifest assets)
    {
        options.Filters.AddFilter("asset_url", (input, _, _) =>
        {
            var path = input.ToStringValue();
            return ValueTask.FromResult<FluidValue>(new StringValue(assets.UrlOf(path)
                ?? throw new TemplateRenderException($"asset_url: theme/assets/{path} does not exist")));
        });
        options.Filters.AddFilter("thai_date", (input, _, _) =>
            ValueTask.FromResult<FluidValue>(ThaiDate.TryParseIso(input.ToStringValue(), out var date)
                ? new StringValue(ThaiDate.Format(date))
                : StringValue.Empty));
        options.Filters.AddFilter("thai_number", (input, arguments, _) =>
        {
            var decimals = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 0;
            return ValueTask.FromResult<FluidValue>(input.IsNil()
                ? StringValue.Empty
                : new StringValue(input.ToNumberValue().ToString("N" + decimals, CultureInfo.InvariantCulture)));
        });
        options.Filters.AddFilter("file_size", (input, _, _) =>
            ValueTask.FromResult<FluidValue>(new StringValue(FileSize(input.ToNumberValue()))));
        options.Filters.AddFilter("bar_chart", (input, arguments, context) =>
            ValueTask.FromResult(LiquidValues.Html(SvgBarChartWriter.Write(BarChartArguments.Read(input, arguments, context), NextChartId(context), KeepWordsOf(context)))));
    }

    /// <summary>Charts are numbered per page (the template context is per page), so two charts never share an id.</summary>
    private static string NextChartId(TemplateContext context)
    {
        var number = context.AmbientValues.TryGetValue(ChartCounterKey, out var count) ? (int)count! + 1 : 1;
        context.AmbientValues[ChartCounterKey] = number;
        return string.Create(CultureInfo.InvariantCulture, $"app-chart-{number}");
    }

    private const string ChartCounterKey = "portal.chart-count";

    /// <summary>The words a chart's label lines must not break inside: the page's renderer gives them to its template context.</summary>
    public static void UseKeepWords(TemplateContext context, KeepWordList words) => context.AmbientValues[KeepWordsKey] = words;

    private static KeepWordList KeepWordsOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(KeepWordsKey, out var words) ? (KeepWordList)words! : KeepWordList.Empty;

    private const string KeepWordsKey = "portal.keep-words";

    internal static string FileSize(decimal bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString("0", CultureInfo.InvariantCulture)} ไบต์",
        < 1024 * 1024 => $"{(bytes / 1024).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };
}
