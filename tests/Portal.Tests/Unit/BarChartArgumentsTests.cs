using Fluid;
using Fluid.Values;
using Portal.Rendering;

namespace Portal.Tests.Unit;

/// <summary>The <c>bar_chart</c> filter's arguments, as the theme passes them (e.g. <c>target: r.target</c> from a data file).</summary>
public sealed class BarChartArgumentsTests
{
    private static readonly TemplateOptions Options = new();

    [Fact]
    public void Reads_one_series_with_title_max_and_target()
    {
        var chart = Read(Scores(), new FilterArguments()
            .Add("label", new StringValue("year"))
            .Add("value", new StringValue("score"))
            .Add("title", new StringValue("คะแนนภาพรวม"))
            .Add("max", NumberValue.Create(100))
            .Add("target", NumberValue.Create(85)));

        Assert.Equal("คะแนนภาพรวม", chart.Title);
        Assert.Equal(["คะแนนภาพรวม"], chart.SeriesNames);
        Assert.Equal(["2565", "2566"], chart.Categories.Select(c => c.Label));
        Assert.Equal([[80.5m], [90m]], chart.Categories.Select(c => c.Values.ToArray()));
        Assert.Equal(100m, chart.Maximum);
        Assert.Equal(85m, chart.Target);
    }

    [Fact]
    public void Max_defaults_to_100_and_target_to_none()
    {
        var chart = Read(Scores(), new FilterArguments()
            .Add("label", new StringValue("year"))
            .Add("value", new StringValue("score")));

        Assert.Equal(100m, chart.Maximum);
        Assert.Null(chart.Target);
    }

    [Fact]
    public void A_nil_target_from_the_data_means_no_target_line()
    {
        // {{ r.overall | bar_chart: …, target: r.target }} when the data file has no target:
        // reading nil as 0 would draw a "เป้าหมาย 0" line at the left edge.
        var chart = Read(Scores(), new FilterArguments()
            .Add("label", new StringValue("year"))
            .Add("value", new StringValue("score"))
            .Add("target", NilValue.Instance));

        Assert.Null(chart.Target);
    }

    [Fact]
    public void A_nil_or_zero_max_is_never_passed_on_to_the_writer()
    {
        // {{ … | bar_chart: …, max: r.max }} with no max in the data reads nil as 0, and the writer
        // then divides by zero: a stack trace instead of diagnostic PT013. Either fall back to the
        // default (100) or report a TemplateRenderException.
        foreach (var max in new FluidValue[] { NilValue.Instance, NumberValue.Create(0) })
        {
            BarChart? chart = null;
            var exception = Record.Exception(() => chart = Read(Scores(), new FilterArguments()
                .Add("label", new StringValue("year"))
                .Add("value", new StringValue("score"))
                .Add("max", max)));

            if (exception is null)
            {
                Assert.True(chart!.Maximum > 0, $"max: {max.Type} was read as {chart.Maximum}");
            }
            else
            {
                Assert.IsType<TemplateRenderException>(exception);
            }
        }
    }

    [Fact]
    public void Decimals_are_as_given_else_as_many_as_the_values_are_written_with()
    {
        FilterArguments Arguments() => new FilterArguments().Add("label", new StringValue("year")).Add("value", new StringValue("score"));

        Assert.Equal(1, Read(Scores(), Arguments()).Decimals);
        Assert.Equal(2, Read(Scores(), Arguments().Add("decimals", NumberValue.Create(2))).Decimals);
        Assert.Equal(0, Read(Scores(), Arguments().Add("decimals", NumberValue.Create(0))).Decimals);
        Assert.Throws<TemplateRenderException>(() => Read(Scores(), Arguments().Add("decimals", NumberValue.Create(-1))));
        Assert.Throws<TemplateRenderException>(() => Read(Scores(), Arguments().Add("decimals", NumberValue.Create(1.5m))));
    }

    [Fact]
    public void Missing_label_or_value_is_a_theme_error()
    {
        Assert.Throws<TemplateRenderException>(() => Read(Scores(), new FilterArguments().Add("value", new StringValue("score"))));
        Assert.Throws<TemplateRenderException>(() => Read(Scores(), new FilterArguments().Add("label", new StringValue("year"))));
    }

    [Fact]
    public void Empty_input_is_a_theme_error() =>
        Assert.Throws<TemplateRenderException>(() => Read(
            FluidValue.Create(new List<object>(), Options),
            new FilterArguments().Add("label", new StringValue("year")).Add("value", new StringValue("score"))));

    private static FluidValue Scores() => FluidValue.Create(
        new List<object>
        {
            new Dictionary<string, object?> { ["year"] = "2565", ["score"] = 80.5m },
            new Dictionary<string, object?> { ["year"] = "2566", ["score"] = 90m },
        },
        Options);

    private static BarChart Read(FluidValue input, FilterArguments arguments) =>
        BarChartArguments.Read(input, arguments, new TemplateContext(Options));
}
