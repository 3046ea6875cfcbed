using System.Globalization;
using Fluid;
using Fluid.Values;
using Portal.Rendering;

namespace Portal.Features.Oit;

/// <summary>The OIT feature's Liquid filter (docs/theme.md).</summary>
internal static class OitTemplateFilters
{
    public const string YearsFilter = "oit_years";

    /// <summary>
    /// <c>data.oit | oit_years</c>: the years that have a catalog, oldest first, each with its URL, its
    /// coverage URL and its number of items (docs/theme.md).
    /// </summary>
    public static ArrayValue Years(FluidValue catalogs)
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
                    ("url", new StringValue(OitUrls.Year(year))),
                    ("coverage_url", new StringValue(OitUrls.Coverage(year))),
                    ("items", NumberValue.Create(items.Enumerate(new TemplateContext()).Count())),
                ]));
            }
        }

        return new ArrayValue(years);
    }
}
