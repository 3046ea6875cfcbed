using System.Globalization;
using System.Net;
using System.Text;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG at build time: horizontal bars with the label above
/// each group (long Thai labels need the full width on a phone, and one too long for it is broken into
/// lines between words, <see cref="ChartLabelLines"/>), values printed at the bar ends, a
/// legend when there are several series, and an optional target line. Colours come from CSS classes,
/// so the chart obeys the site's stylesheet and the content security policy.
/// </summary>
internal static class SvgBarChartWriter
{
    private const int Width = 360;
    private const int LabelHeight = 24;
    private const int BarHeight = 16;
    private const int BarGap = 3;
    private const int GroupGap = 12;
    private const int ValueSpace = 64;
    private const int ValueGap = 4;
    private const int LegendHeight = 30;
    private const int LegendBaseline = 20;
    private const int AxisHeight = 24;
    private const int TargetLabelHeight = 26;

    /// <summary>
    /// How far a text's glyphs reach above its baseline, in viewBox units: Thai fonts leave room for stacked vowels
    /// and tone marks, so a baseline nearer the top than this would put the text outside the chart's box.
    /// </summary>
    private const int TextAscent = 18;

    /// <summary>Lines of a long label are this far apart, in viewBox units: room for Thai marks above and below.</summary>
    private const int LabelLineHeight = 24;

    /// <param name="id">Unique on the page: the title and description are referenced by it.</param>
    /// <param name="keepWords">Words a long label's lines must not break inside; none when not given.</param>
    public static string Write(BarChart chart, string id = "app-chart-1", KeepWordList? keepWords = null)
    {
        if (chart.Maximum <= 0 || !BarChart.CanDraw(chart.Maximum))
        {
            throw new TemplateRenderException($"bar_chart: max must be above zero and at most {BarChart.LargestValue}, not {chart.Maximum}");
        }

        if (chart.Categories.Count > BarChart.MostCategories)
        {
            throw new TemplateRenderException($"bar_chart: {chart.Categories.Count} groups of bars are more than the {BarChart.MostCategories} a chart draws");
        }

        if (chart.Categories.SelectMany(c => c.Values).Append(chart.Target).FirstOrDefault(v => v is { } value && !BarChart.CanDraw(value)) is { } undrawable)
        {
            throw new TemplateRenderException(
                $"bar_chart: {undrawable} cannot be drawn: a value or target must be from 0 to {BarChart.LargestValue} with at most {BarChart.MostDecimals} decimals");
        }

        var multiSeries = chart.SeriesNames.Count > 1;
        var legend = multiSeries ? LegendLayout(chart.SeriesNames) : [];
        var legendRows = legend.Count == 0 ? 0 : legend.Max(item => item.Row) + 1;
        var top = (legendRows * LegendHeight) + (chart.Target is null ? 0 : TargetLabelHeight);
        var labels = chart.Categories.Select(c => ChartLabelLines.Break(c.Label, Width, keepWords ?? KeepWordList.Empty)).ToList();
        var barsHeight = (chart.SeriesNames.Count * (BarHeight + BarGap)) + GroupGap;
        var plotHeight = labels.Sum(lines => LabelBlockHeight(lines) + barsHeight);
        var height = top + plotHeight + AxisHeight;
        var plotWidth = Width - ValueSpace;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(Describe(chart))}</desc>\n");

        AppendLegend(svg, chart.SeriesNames, legend);

        AppendGridlines(svg, chart.Maximum, plotWidth, top, plotHeight);
        var y = top;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var category = chart.Categories[c];
            AppendLabel(svg, labels[c], y + TextAscent);
            var barsTop = y + LabelBlockHeight(labels[c]);
            y = barsTop + barsHeight;
            for (var s = 0; s < chart.SeriesNames.Count; s++)
            {
                var value = s < category.Values.Count ? category.Values[s] : null;
                if (value is not { } v)
                {
                    continue;
                }

                var barY = barsTop + (s * (BarHeight + BarGap));
                var barWidth = Scale(v, chart.Maximum, plotWidth);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"app-chart__bar app-chart__bar--series-{s + 1}\" x=\"0\" y=\"{barY}\" width=\"{Coordinate(barWidth)}\" height=\"{BarHeight}\"/>\n");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"app-chart__value\" x=\"{Coordinate(barWidth + ValueGap)}\" y=\"{barY + BarHeight - 3}\">{Number(v, chart.Decimals)}</text>\n");
            }
        }

        if (chart.Target is { } target)
        {
            var x = Coordinate(Scale(target, chart.Maximum, plotWidth));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"app-chart__target\" x1=\"{x}\" y1=\"{top - 4}\" x2=\"{x}\" y2=\"{top + plotHeight}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"app-chart__target-label\" x=\"{x}\" y=\"{top - TargetLabelHeight + TextAscent}\" text-anchor=\"middle\">เป้าหมาย {target.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n");
        }

        AppendAxis(svg, chart, plotWidth, top + plotHeight);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int LabelBlockHeight(IReadOnlyList<string> lines) => LabelHeight + ((lines.Count - 1) * LabelLineHeight);

    /// <summary>A label that fits is one text; a longer one is one text of lines, each a tspan starting at the left edge.</summary>
    private static void AppendLabel(StringBuilder svg, IReadOnlyList<string> lines, int baseline)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__label\" x=\"0\" y=\"{baseline}\">");
        if (lines.Count == 1)
        {
            svg.Append(Escape(lines[0]));
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"0\" y=\"{baseline + (i * LabelLineHeight)}\">{Escape(lines[i])}</tspan>");
            }
        }

        svg.Append("</text>\n");
    }

    /// <summary>
    /// Where each series' swatch and name go: side by side while they fit the chart's width, else on the
    /// next row, so a long Thai name never runs past the chart's box (widths are estimated from the length).
    /// </summary>
    private static List<(int X, int Row)> LegendLayout(IReadOnlyList<string> seriesNames)
    {
        var items = new List<(int X, int Row)>();
        var (x, row) = (0, 0);
        foreach (var name in seriesNames)
        {
            var width = 30 + (name.Length * 9);
            if (x > 0 && x + width - 12 > Width)
            {
                (x, row) = (0, row + 1);
            }

            items.Add((x, row));
            x += width;
        }

        return items;
    }

    private static void AppendLegend(StringBuilder svg, IReadOnlyList<string> seriesNames, List<(int X, int Row)> layout)
    {
        for (var s = 0; s < layout.Count; s++)
        {
            var (x, row) = layout[s];
            var baseline = LegendBaseline + (row * LegendHeight);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"app-chart__swatch app-chart__bar--series-{s + 1}\" x=\"{x}\" y=\"{baseline - 13}\" width=\"14\" height=\"14\"/>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"app-chart__legend\" x=\"{x + 18}\" y=\"{baseline}\">{Escape(seriesNames[s])}</text>\n");
        }
    }

    private static void AppendGridlines(StringBuilder svg, decimal maximum, int plotWidth, int top, int plotHeight)
    {
        foreach (var tick in Ticks(maximum))
        {
            var x = Coordinate(Scale(tick, maximum, plotWidth));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"app-chart__gridline\" x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{top + plotHeight}\"/>\n");
        }
    }

    private static void AppendAxis(StringBuilder svg, BarChart chart, int plotWidth, int y)
    {
        foreach (var tick in Ticks(chart.Maximum))
        {
            var x = Coordinate(Scale(tick, chart.Maximum, plotWidth));
            var anchor = tick == 0 ? "start" : tick == chart.Maximum ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"app-chart__axis\" x=\"{x}\" y=\"{y + 16}\" text-anchor=\"{anchor}\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n");
        }
    }

    private static IEnumerable<decimal> Ticks(decimal maximum) => Enumerable.Range(0, 5).Select(i => maximum * i / 4);

    /// <summary>A value's length along the plot, as a number: positions are added up before they are written.</summary>
    private static decimal Scale(decimal value, decimal maximum, int plotWidth) => Math.Clamp(value, 0, maximum) / maximum * plotWidth;

    private static string Coordinate(decimal position) => position.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value with the chart's fixed number of decimals, in invariant digits without grouping.</summary>
    private static string Number(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The chart's numbers as one sentence, for screen readers (the page also has them in a table).</summary>
    private static string Describe(BarChart chart)
    {
        var parts = chart.Categories.Select(c =>
        {
            var values = c.Values
                .Select((v, i) => v is { } value ? (chart.SeriesNames.Count > 1 ? $"{chart.SeriesNames[i]} {Number(value, chart.Decimals)}" : Number(value, chart.Decimals)) : null)
                .Where(v => v is not null);
            return $"{c.Label}: {string.Join(", ", values)}";
        });
        return string.Join("; ", parts);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
