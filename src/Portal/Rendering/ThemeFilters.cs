using System.Globalization;
using Fluid;
using Fluid.Values;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>The Liquid filters the theme may use (docs/theme.md lists them with examples).</summary>
public static class ThemeFilters
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
        options.Filters.AddFilter("tel_url", (input, _, _) =>
            ValueTask.FromResult<FluidValue>(new StringValue(Citizen.ContactValues.TelUri(input.ToStringValue()) ?? "")));
        options.Filters.AddFilter("channels_reachable", (input, arguments, context) => ReachableChannels(input, arguments.At(0).ToBooleanValue(), context));
        options.Filters.AddFilter("file_size", (input, _, _) =>
            ValueTask.FromResult<FluidValue>(new StringValue(FileSize(input.ToNumberValue()))));
        options.Filters.AddFilter("oit_years", (input, _, _) => ValueTask.FromResult<FluidValue>(OitYears(input)));
        options.Filters.AddFilter("bar_chart", (input, arguments, context) =>
            ValueTask.FromResult(LiquidValues.Html(SvgBarChartWriter.Write(BarChartArguments.Read(input, arguments, context), NextChartId(context), KeepWordsOf(context)))));
    }

    /// <summary>
    /// <c>data.oit | oit_years</c>: the years that have a catalog, oldest first, each with its URL, its
    /// coverage URL and its number of items (docs/theme.md).
    /// </summary>
    private static ArrayValue OitYears(FluidValue catalogs)
    {
        if (catalogs.ToObjectValue() is not IFluidIndexable byYear)
        {
            return new ArrayValue([]);
        }

        var years = new List<FluidValue>();
        foreach (var key in byYear.Keys.Order(StringComparer.Ordinal))
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && byYear.TryGetValue(key, out var catalog)
                && catalog.ToObjectValue() is IFluidIndexable fields && fields.TryGetValue("items", out var items))
            {
                years.Add(LiquidValues.Map(
                [
                    ("year", NumberValue.Create(year)),
                    ("url", new StringValue(Oit.OitUrls.Year(year))),
                    ("coverage_url", new StringValue(Oit.OitUrls.Coverage(year))),
                    ("items", NumberValue.Create(items.Enumerate(new TemplateContext()).Count())),
                ]));
            }
        }

        return new ArrayValue(years);
    }

    /// <summary>
    /// <c>channels | channels_reachable: true</c>: the complaint channels with their phone, e-mail, address or link (the
    /// one their kind needs); <c>false</c>: those no source gives one yet, which a page lists once as awaiting
    /// confirmation instead of in every cell (docs/theme.md).
    /// </summary>
    private static async ValueTask<FluidValue> ReachableChannels(FluidValue channels, bool reachable, TemplateContext context)
    {
        var chosen = new List<FluidValue>();
        foreach (var channel in channels.Enumerate(context))
        {
            var kind = (await channel.GetValueAsync("kind", context)).ToStringValue();
            var target = Citizen.ComplaintChannels.TargetKeyOfKind.TryGetValue(kind, out var key) ? (await channel.GetValueAsync(key, context)).ToStringValue() : "";
            if (string.IsNullOrWhiteSpace(target) != reachable)
            {
                chosen.Add(channel);
            }
        }

        return new ArrayValue(chosen);
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
