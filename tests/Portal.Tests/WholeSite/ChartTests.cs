using System.Globalization;
using AngleSharp.Dom;

namespace Portal.Tests.WholeSite;

/// <summary>The <c>ita-results</c> layout draws accessible SVG charts at build time, with the same numbers in a table beside them.</summary>
public sealed class ChartTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    // From Sites/basic/input/_data/ita_results.yml.
    private static readonly string[] OverallScores = ["69.08", "91.78", "95.71"];
    private static readonly string[] Years = ["2563", "2564", "2565"];
    private static readonly string[] IndicatorScores =
        ["44.26", "100.00", "100.00", "84.00", "100.00", "100.00", "81.23", "87.53", "96.28"];

    private IDocument Results => basic.Built.Page("/ita/results/");

    [Fact]
    public void Results_page_has_two_charts_each_an_image_with_title_and_description()
    {
        var charts = Results.QuerySelectorAll("svg.app-chart").ToList();
        Assert.Equal(2, charts.Count);
        foreach (var chart in charts)
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            var title = chart.QuerySelector("title");
            var description = chart.QuerySelector("desc");
            Assert.False(string.IsNullOrWhiteSpace(title?.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(description?.TextContent));
            Assert.Equal(new[] { title!.Id, description!.Id }, chart.GetAttribute("aria-labelledby")?.Split(' '));
            Assert.Empty(chart.QuerySelectorAll("[style], style, script"));
        }
    }

    [Fact]
    public void Overall_chart_has_one_bar_per_score_and_the_same_numbers_as_its_table()
    {
        var section = Section("ita-overall-heading");
        var chart = Assert.Single(section.QuerySelectorAll("svg.app-chart"));
        Assert.Equal("คะแนนภาพรวม ITA รายปี", chart.QuerySelector("title")?.TextContent);

        var bars = chart.QuerySelectorAll("rect.app-chart__bar").ToList();
        Assert.Equal(OverallScores.Length, bars.Count);
        Assert.Equal(OverallScores, chart.QuerySelectorAll("text.app-chart__value").Select(t => t.TextContent.Trim()));
        Assert.Equal(Years, chart.QuerySelectorAll("text.app-chart__label").Select(t => t.TextContent.Trim()));
        Assert.All(OverallScores, score => Assert.Contains(score, chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal));

        // Longer bars for bigger numbers: the bars are drawn to scale.
        var widths = bars.Select(b => decimal.Parse(b.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths.Order(), widths);

        var table = Assert.Single(section.QuerySelectorAll("table"));
        Assert.Equal(OverallScores, table.QuerySelectorAll("tbody td.app-table__cell--numeric").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Indicator_chart_has_a_bar_per_score_and_a_legend_per_year_and_the_same_numbers_as_its_table()
    {
        var section = Section("ita-indicators-heading");
        var chart = Assert.Single(section.QuerySelectorAll("svg.app-chart"));

        Assert.Equal(IndicatorScores, chart.QuerySelectorAll("text.app-chart__value").Select(t => t.TextContent.Trim()));
        Assert.Equal(Years, chart.QuerySelectorAll("text.app-chart__legend").Select(t => t.TextContent.Trim()));

        // One bar per value; the legend has one swatch per series, in the series' colour class.
        Assert.Equal(IndicatorScores.Length, chart.QuerySelectorAll("rect.app-chart__bar").Length);
        Assert.Equal(Years.Length, chart.QuerySelectorAll("rect.app-chart__swatch").Length);
        for (var series = 1; series <= Years.Length; series++)
        {
            Assert.Equal(3 + 1, chart.QuerySelectorAll($"rect.app-chart__bar--series-{series}").Length);
        }

        var table = Assert.Single(section.QuerySelectorAll("table"));
        var tableScores = table.QuerySelectorAll("tbody tr")
            .SelectMany(row => row.QuerySelectorAll("td.app-table__cell--numeric").Skip(1)) // the first numeric cell is the rank
            .Select(td => td.TextContent.Trim());
        Assert.Equal(IndicatorScores, tableScores);
    }

    private IElement Section(string headingId)
    {
        var section = Results.QuerySelector($"section[aria-labelledby='{headingId}']");
        Assert.NotNull(section);
        return section;
    }
}
