using System.Globalization;
using System.Xml.Linq;
using Portal.Content;
using Portal.Rendering;
using Portal.Thai;

namespace Portal.Tests.Unit;

public sealed class SvgBarChartWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly BarChart OneSeries = new(
        "คะแนน ITA รายตัวชี้วัด",
        ["คะแนน"],
        [
            new("การปฏิบัติหน้าที่", [100m]),
            new("การใช้งบประมาณ", [75m]),
            new("การใช้อำนาจ", [50.5m]),
            new("การแก้ไขปัญหาการทุจริต", [0m]),
        ],
        100m,
        null,
        2);

    private static readonly BarChart TwoSeries = new(
        "เปรียบเทียบปี 2565 กับ 2566",
        ["2565", "2566"],
        [
            new("IIT", [80m, 90m]),
            new("EIT", [60m, null]),
            new("OIT", [40m, 100m]),
        ],
        100m,
        85m,
        2);

    [Fact]
    public void Is_well_formed_svg_with_an_accessible_name_and_description()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.StartsWith("0 0 ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);

        var title = Assert.Single(svg.Elements(Svg + "title"));
        var desc = Assert.Single(svg.Elements(Svg + "desc"));
        Assert.Equal("คะแนน ITA รายตัวชี้วัด", title.Value);
        Assert.Same(svg.FirstNode, title);

        var labelledBy = ((string?)svg.Attribute("aria-labelledby"))!.Split(' ');
        Assert.Equal([(string)title.Attribute("id")!, (string)desc.Attribute("id")!], labelledBy);
        Assert.All(labelledBy, id => Assert.Single(svg.DescendantsAndSelf(), e => (string?)e.Attribute("id") == id));
    }

    [Fact]
    public void Description_gives_every_value_for_screen_readers()
    {
        var desc = Parse(SvgBarChartWriter.Write(OneSeries)).Element(Svg + "desc")!.Value;

        Assert.Equal("การปฏิบัติหน้าที่: 100.00; การใช้งบประมาณ: 75.00; การใช้อำนาจ: 50.50; การแก้ไขปัญหาการทุจริต: 0.00", desc);
    }

    [Fact]
    public void Description_names_the_series_when_there_are_several()
    {
        var desc = Parse(SvgBarChartWriter.Write(TwoSeries)).Element(Svg + "desc")!.Value;

        Assert.Equal("IIT: 2565 80.00, 2566 90.00; EIT: 2565 60.00; OIT: 2565 40.00, 2566 100.00", desc);
    }

    [Fact]
    public void Draws_one_bar_per_value_and_no_legend_for_one_series()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries));

        Assert.Equal(4, svg.Elements(Svg + "rect").Count());
        Assert.Equal(4, Bars(svg).Count);
        Assert.DoesNotContain(svg.Elements(Svg + "text"), t => HasClass(t, "app-chart__legend"));
    }

    [Fact]
    public void Bar_widths_are_proportional_to_value_over_maximum()
    {
        var bars = Bars(Parse(SvgBarChartWriter.Write(OneSeries)));
        var full = Width(bars[0]);

        Assert.True(full > 0);
        Assert.Equal(full * 0.75, Width(bars[1]), 2);
        Assert.Equal(full * 0.505, Width(bars[2]), 1);
        Assert.Equal(0, Width(bars[3]));
    }

    [Fact]
    public void Values_above_the_maximum_are_clipped_to_the_plot()
    {
        var chart = OneSeries with { Categories = [new("ก", [100m]), new("ข", [150m])] };

        var bars = Bars(Parse(SvgBarChartWriter.Write(chart)));

        Assert.Equal(Width(bars[0]), Width(bars[1]));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-0.01")]
    [InlineData("1000000000000000.1")]
    [InlineData("10000000000000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.1234567")]
    public void A_value_no_bar_can_show_is_a_theme_error_not_a_crash_or_a_misleading_bar_class_9_csv_data(string value)
    {
        // A negative value was drawn as an empty bar labelled with the number, and 10^28 overflowed the scale (exit 3).
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        foreach (var chart in new[]
        {
            OneSeries with { Categories = [new("ก", [number])] },
            OneSeries with { Target = number },
            OneSeries with { Maximum = number, Categories = [new("ก", [0m])] },
        })
        {
            Assert.Throws<TemplateRenderException>(() => SvgBarChartWriter.Write(chart));
        }
    }

    [Fact]
    public void Each_category_has_its_label_and_each_bar_its_value()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries));

        Assert.Equal(
            ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การแก้ไขปัญหาการทุจริต"],
            Texts(svg, "app-chart__label"));
        Assert.Equal(["100.00", "75.00", "50.50", "0.00"], Texts(svg, "app-chart__value"));
    }

    [Fact]
    public void Each_value_label_starts_just_after_the_end_of_its_bar()
    {
        // The label's x used to be the bar width with "4" appended as text: 100 became x="2964".
        var svg = Parse(SvgBarChartWriter.Write(TwoSeries));

        foreach (var bar in Bars(svg))
        {
            var label = bar.ElementsAfterSelf().First();
            Assert.Equal(Width(bar) + 4, Number(label, "x"), 2);
            Assert.True(Number(label, "y") > Number(bar, "y") && Number(label, "y") <= Number(bar, "y") + Number(bar, "height"),
                $"the label {label.Value} is not level with its bar");
        }
    }

    [Fact]
    public void Every_text_lies_inside_the_view_box()
    {
        foreach (var chart in new[] { OneSeries, TwoSeries })
        {
            var svg = Parse(SvgBarChartWriter.Write(chart));
            var box = ((string)svg.Attribute("viewBox")!).Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            foreach (var text in svg.Elements(Svg + "text"))
            {
                var x = Number(text, "x");
                var y = Number(text, "y");

                // The longest value label, "100.00", is about 48 units wide at the theme's 15px; Thai glyphs reach
                // about 18 units above the baseline.
                var width = HasClass(text, "app-chart__value") ? 48 : 0;
                Assert.True(x >= 0 && x + width <= box[2], $"\"{text.Value}\" starts at x={x}, outside 0..{box[2]}");
                Assert.True(y - 18 >= 0 && y <= box[3], $"\"{text.Value}\" has its baseline at y={y}, outside 18..{box[3]}");
            }
        }
    }

    [Fact]
    public void Multi_series_draws_a_legend_rect_per_series_and_skips_missing_values()
    {
        var svg = Parse(SvgBarChartWriter.Write(TwoSeries));
        var rects = svg.Elements(Svg + "rect").ToList();

        // 5 values (EIT has none for 2566) + 2 legend swatches.
        Assert.Equal(7, rects.Count);
        Assert.Equal(["2565", "2566"], Texts(svg, "app-chart__legend"));

        var legend = rects.Take(2).ToList();
        Assert.True(HasClass(legend[0], "app-chart__bar--series-1"));
        Assert.True(HasClass(legend[1], "app-chart__bar--series-2"));

        var bars = rects.Skip(2).ToList();
        Assert.Equal(3, bars.Count(b => HasClass(b, "app-chart__bar--series-1")));
        Assert.Equal(2, bars.Count(b => HasClass(b, "app-chart__bar--series-2")));
        Assert.Equal(["80.00", "90.00", "60.00", "40.00", "100.00"], Texts(svg, "app-chart__value"));
        Assert.Equal(Width(bars[4]), Width(bars[0]) * 100 / 80, 2);
    }

    [Fact]
    public void Target_line_is_drawn_at_the_target_and_labelled()
    {
        var svg = Parse(SvgBarChartWriter.Write(TwoSeries));

        var target = Assert.Single(svg.Elements(Svg + "line"), l => HasClass(l, "app-chart__target"));
        var full = Width(Bars(svg).Last());   // OIT 2566: 100 of 100
        Assert.Equal(full * 0.85, Number(target, "x1"), 2);
        Assert.Equal(Number(target, "x1"), Number(target, "x2"));
        Assert.True(Number(target, "y2") > Number(target, "y1"));
        Assert.Equal(["เป้าหมาย 85"], Texts(svg, "app-chart__target-label"));
    }

    [Fact]
    public void No_target_line_without_a_target()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries));

        Assert.DoesNotContain(svg.Elements(Svg + "line"), l => HasClass(l, "app-chart__target"));
        Assert.Empty(Texts(svg, "app-chart__target-label"));
    }

    [Fact]
    public void Axis_has_five_ticks_from_zero_to_the_maximum()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries with { Maximum = 5m }));

        Assert.Equal(["0", "1.25", "2.5", "3.75", "5"], Texts(svg, "app-chart__axis"));
        Assert.Equal(5, svg.Elements(Svg + "line").Count(l => HasClass(l, "app-chart__gridline")));
    }

    [Fact]
    public void Text_is_escaped()
    {
        var chart = OneSeries with { Title = "A & B <script>", Categories = [new("<b>ก</b> & \"ข\"", [10m])] };

        var svg = Parse(SvgBarChartWriter.Write(chart));

        Assert.Equal("A & B <script>", svg.Element(Svg + "title")!.Value);
        Assert.Equal(["<b>ก</b> & \"ข\""], Texts(svg, "app-chart__label"));
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Empty(svg.Descendants(Svg + "b"));
    }

    [Fact]
    public void Uses_classes_not_inline_styles_or_colours()
    {
        var svg = Parse(SvgBarChartWriter.Write(TwoSeries));

        Assert.All(svg.DescendantsAndSelf(), e =>
        {
            Assert.Null(e.Attribute("style"));
            Assert.Null(e.Attribute("fill"));
            Assert.Null(e.Attribute("stroke"));
        });
        Assert.Equal("app-chart", (string?)svg.Attribute("class"));
    }

    [Fact]
    public void Title_and_description_ids_come_from_the_given_chart_id()
    {
        var svg = Parse(SvgBarChartWriter.Write(OneSeries, "app-chart-2"));

        Assert.Equal("app-chart-2-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("app-chart-2-desc", (string?)svg.Element(Svg + "desc")!.Attribute("id"));
    }

    [Fact]
    public void Output_is_deterministic_and_culture_independent()
    {
        var first = SvgBarChartWriter.Write(TwoSeries);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");   // decimal comma
            Assert.Equal(first, SvgBarChartWriter.Write(TwoSeries));
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal(first, SvgBarChartWriter.Write(TwoSeries));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.DoesNotContain(",5", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_maximum_is_a_theme_error_not_a_crash()
    {
        // The page renderer turns TemplateRenderException (and ArgumentException) into diagnostic PT013;
        // a DivideByZeroException would escape as a stack trace.
        var exception = Record.Exception(() => SvgBarChartWriter.Write(OneSeries with { Maximum = 0m }));

        Assert.NotNull(exception);
        Assert.True(exception is TemplateRenderException or ArgumentException,
            $"expected a TemplateRenderException, got {exception.GetType().Name}: {exception.Message}");
    }

    private static XElement Parse(string svg) => XElement.Parse(svg);

    [Fact]
    public void A_legend_too_long_for_one_row_wraps_onto_the_next_and_the_bars_move_down_below_it()
    {
        var chart = new BarChart("เรื่องร้องเรียนรายเดือน", ["รับเรื่องแล้ว", "ดำเนินการเสร็จแล้ว", "อยู่ระหว่างดำเนินการ"],
            [new BarChart.Category("ตุลาคม", [3m, 2m, 1m])], 10m, null, 0);

        var svg = Parse(SvgBarChartWriter.Write(chart));

        var legend = svg.Elements(Svg + "text").Where(t => HasClass(t, "app-chart__legend")).ToList();
        Assert.Equal(3, legend.Count);
        Assert.All(legend, t => Assert.True(Number(t, "x") + (t.Value.Length * 7) <= 360, $"'{t.Value}' at x={Number(t, "x")} runs past the chart"));
        Assert.True(Number(legend[2], "y") > Number(legend[0], "y"), "the last name should have moved to a second row");
        Assert.All(Bars(svg), bar => Assert.True(Number(bar, "y") > Number(legend[2], "y")));
    }

    [Fact]
    public void Values_are_printed_with_the_charts_decimals_so_counts_show_as_whole_numbers()
    {
        var counts = new BarChart("เรื่องร้องเรียน", ["รับเรื่อง"], [new("ตุลาคม", [3m]), new("พฤศจิกายน", [12m])], 20m, null, 0);
        var scores = counts with { Categories = [new("2565", [95.7m]), new("2566", [100m])], Maximum = 100m, Decimals = 2 };

        Assert.Equal(["3", "12"], Texts(Parse(SvgBarChartWriter.Write(counts)), "app-chart__value"));
        Assert.Equal("ตุลาคม: 3; พฤศจิกายน: 12", Parse(SvgBarChartWriter.Write(counts)).Element(Svg + "desc")!.Value);
        Assert.Equal(["95.70", "100.00"], Texts(Parse(SvgBarChartWriter.Write(scores)), "app-chart__value"));
    }

    [Fact]
    public void The_decimals_of_data_are_the_most_any_value_is_written_with()
    {
        Assert.Equal(0, BarChart.DecimalsOf([new("ก", [3m, 12m, null]), new("ข", [])]));
        Assert.Equal(2, BarChart.DecimalsOf([new("ก", [3m, 100.00m]), new("ข", [2.5m])]));
        Assert.Equal(0, BarChart.DecimalsOf([]));
    }

    [Fact]
    public void A_label_too_wide_for_the_chart_is_broken_between_words_into_lines_inside_the_box_and_the_bars_move_below_it()
    {
        const string longLabel = "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอกหน่วยงานต่อการแก้ไขปัญหาการทุจริต";
        var chart = OneSeries with { Categories = [new(longLabel, [80m]), new("การใช้อำนาจ", [50m])] };

        var svg = Parse(SvgBarChartWriter.Write(chart));

        var labels = svg.Elements(Svg + "text").Where(t => HasClass(t, "app-chart__label")).ToList();
        var lines = labels[0].Elements(Svg + "tspan").ToList();
        Assert.True(lines.Count > 1, "the long label was not broken");
        Assert.Equal(longLabel, string.Concat(lines.Select(l => l.Value)));
        var wordStarts = Portal.Thai.ThaiSegmenter.Words(longLabel).Select(w => w.Start.Value).ToHashSet();
        var position = 0;
        foreach (var line in lines)
        {
            Assert.Contains(position, wordStarts);
            position += line.Value.Length;

            // 9 units a letter is what Loma, the widest Thai font here, measures at the chart's 15px.
            Assert.True(line.Value.Count(c => char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) * 9 <= 360, $"'{line.Value}' is wider than the chart");
            Assert.Equal(0, Number(line, "x"));
        }

        Assert.Equal(lines.Select(l => Number(l, "y")).Order(), lines.Select(l => Number(l, "y")));
        var bars = Bars(svg);
        Assert.True(Number(bars[0], "y") > Number(lines[^1], "y"), "the first bar overlaps the label's last line");
        Assert.True(Number(labels[1], "y") - 18 > Number(bars[0], "y") + Number(bars[0], "height"), "the next label overlaps the first bar");
        Assert.Empty(labels[1].Elements(Svg + "tspan"));
    }

    [Fact]
    public void A_label_line_never_breaks_inside_a_listed_word_or_after_an_opening_bracket()
    {
        var keep = KeepWordList.From([new DataFile(KeepWordList.DataKey, "input/_data/thai-words.txt", "ผู้รับผิดชอบ\n")]);
        const string label = "หน่วยงานผู้รับผิดชอบ";

        // ICU's dictionary cuts the compound as ผู้รับ|ผิด|ชอบ, so a narrow chart splits it unless the list keeps it.
        Assert.DoesNotContain(ChartLabelLines.Break(label, 60, KeepWordList.Empty), line => line.Contains("ผู้รับผิดชอบ", StringComparison.Ordinal));
        Assert.Equal(["หน่วย", "งาน", "ผู้รับผิดชอบ"], ChartLabelLines.Break(label, 60, keep));
        Assert.All(ChartLabelLines.Break("การประเมิน (Integrity and Transparency Assessment)", 120, KeepWordList.Empty),
            line => Assert.False(line.EndsWith('('), $"'{line}' ends with an opening bracket"));
    }

    /// <summary>The data bars: each is followed by the text of its value (legend swatches are followed by a legend text).</summary>
    private static List<XElement> Bars(XElement svg) =>
        [.. svg.Elements(Svg + "rect").Where(r => r.ElementsAfterSelf().FirstOrDefault() is { } next && HasClass(next, "app-chart__value"))];

    private static double Width(XElement rect) => Number(rect, "width");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static bool HasClass(XElement element, string name) =>
        ((string?)element.Attribute("class"))?.Split(' ').Contains(name) == true;

    private static List<string> Texts(XElement svg, string className) =>
        [.. svg.Elements(Svg + "text").Where(t => HasClass(t, className)).Select(t => t.Value)];
}
