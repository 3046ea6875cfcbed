using Fluid.Values;
using Portal.Content;
using Portal.Features.Citizen;
using Portal.Kinds;
using Portal.Rendering;
using Portal.Site;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// A page that publishes a data file from <c>input/_data/</c> (CSV, or YAML as a list of mappings) as an accessible
/// table: a caption, header scope, numbers right-aligned, Thai number and date formatting, each row a card on a narrow
/// phone, an optional bar chart, and the file offered beside it as CSV (UTF-8 with a byte-order mark) and JSON
/// (<see cref="Output.DataDownloadsOutput"/>). What it refers to is checked by <see cref="DataTables"/>.
/// </summary>
internal sealed class DataTableKind : PageKind
{
    public const string KindName = "data-table";

    /// <summary>A column the page shows: its key in the data file and the heading readers see.</summary>
    public sealed record Column(string Key, string Title, Diagnostics.SourceLocation Location);

    /// <summary>A bar chart of some numeric columns, one group of bars per row, labelled by another column.</summary>
    public sealed record Chart(Column Label, IReadOnlyList<Column> Values, string Title);

    private static readonly Member[] ColumnMembers =
    [
        new("key", true, StructuredValues.RequiredTextReader) { Label = "หัวคอลัมน์ในไฟล์ข้อมูล", Hint = "ตรงกับหัวคอลัมน์ในไฟล์ .csv ทุกตัวอักษร" },
        new("title", false, StructuredValues.TextReader) { Label = "หัวคอลัมน์ที่แสดง (ถ้าต่างจากในไฟล์)" },
    ];

    public override string Name => KindName;

    public override string ThaiName => "ตารางข้อมูล";

    public override IReadOnlyList<FrontMatterField> Fields =>
    [
        new("data", FieldType.Text, "ชื่อไฟล์ข้อมูลใน input/_data/ ไม่ต้องใส่นามสกุล เช่น complaint-statistics-2566 (ไฟล์ .csv แบบ UTF-8 หรือ .yml) วางไฟล์ข้อมูลก่อน แล้วแก้ชื่อที่นี่",
            (node, values) => StructuredValues.RequiredText(node, values, "data"))
        {
            Example = StarterDataFile,
        },
        new("caption", FieldType.Text, "ชื่อตาราง (คำอธิบายเหนือตาราง) บอกว่าเป็นข้อมูลอะไร ของช่วงเวลาใด",
            (node, values) => StructuredValues.RequiredText(node, values, "caption")),
        new("columns", FieldType.Structured, "คอลัมน์ที่จะแสดง ตามลำดับ: รายการของ {key: ชื่อหัวคอลัมน์ในไฟล์, title: หัวคอลัมน์ที่แสดง} (ไม่ใส่ = แสดงทุกคอลัมน์)",
            (node, values) => ReadColumns(node, values, "columns"))
        {
            Label = "คอลัมน์ที่จะแสดง (ไม่ใส่ = แสดงทุกคอลัมน์)",
            ItemLabel = "คอลัมน์",
            Form = new(IsList: true, ColumnMembers),
        },
        new("chart", FieldType.Structured, "กราฟแท่ง (ถ้ามี): {label: คอลัมน์ที่เป็นชื่อแต่ละกลุ่ม, values: [คอลัมน์ตัวเลข], title: ชื่อกราฟ}",
            ReadChart)
        {
            Label = "กราฟแท่ง (ถ้ามี)",
            Form = new(IsList: false,
            [
                new("label", true, StructuredValues.RequiredTextReader) { Label = "คอลัมน์ที่เป็นชื่อแต่ละกลุ่ม" },
                new("values", true, StructuredValues.RequiredTextReader, FieldType.TextList) { Label = "คอลัมน์ตัวเลขที่แสดงเป็นแท่ง" },
                new("title", false, StructuredValues.TextReader) { Label = "ชื่อกราฟ" },
            ]),
        },
    ];

    public override IReadOnlyList<string> RequiredKeys => ["data", "caption"];

    /// <summary>The data file a new data-table page names until staff put their own (docs/content.md shows its columns).</summary>
    public const string StarterDataFile = "ตาราง-ตัวอย่าง";

    /// <summary>
    /// The most rows a page shows: about 12 MB of HTML as stacked cards, beyond any municipality's yearly list (a year's
    /// procurement is some hundreds), and a build of a few seconds; a 5 MB file of short rows made a page of 350 MB.
    /// </summary>
    public const int MostRows = 10_000;

    public override IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page, SiteModel site)
    {
        var key = DataKey(page);
        var records = key is null ? null : site.Data.FirstOrDefault(d => d.Key == key) is { } file ? DataRecords.From(file) : null;
        if (records is null || records.Rows.Count > MostRows)
        {
            // Too many rows is reported by DataTables (PT096); the page is not made at all.
            return [];
        }

        var columns = ColumnsOf(page, records);

        // Once per column: asked again for each cell, it read every row for every cell, and a long file took hours.
        var numeric = columns.Select(c => records.IsNumeric(c.Key)).ToList();
        return
        [
            KeyValuePair.Create<string, object?>("caption", page.FrontMatter.Fields.GetValueOrDefault("caption")),
            KeyValuePair.Create<string, object?>("columns", columns.Select((c, i) => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = c.Title,
                ["numeric"] = numeric[i],
            }).ToList()),
            KeyValuePair.Create<string, object?>("rows", records.Rows.Select(row => columns.Select((c, i) => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["text"] = DataRecords.Display(row.GetValueOrDefault(c.Key)),
                ["label"] = c.Title,
                ["numeric"] = numeric[i],
            }).ToList()).ToList()),
            KeyValuePair.Create<string, object?>("downloads", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["csv"] = "/" + DownloadPath(key!, "csv"),
                ["json"] = "/" + DownloadPath(key!, "json"),
            }),
            KeyValuePair.Create<string, object?>("chart", page.FrontMatter.Fields.GetValueOrDefault("chart") is Chart chart && records.Rows.Count <= BarChart.MostCategories
                ? ChartSvg(chart, columns, records, site.KeepWords)
                : null),
        ];
    }

    public override IEnumerable<string> DataKeys(Page page) => DataKey(page) is { } key ? [key] : [];

    public static string? DataKey(Page page) => page.FrontMatter.Fields.GetValueOrDefault("data") as string;

    public static string DownloadPath(string dataKey, string extension) => $"data/{dataKey}.{extension}";

    /// <summary>The columns the page names, else every column of the file under its own heading.</summary>
    public static IReadOnlyList<Column> ColumnsOf(Page page, DataRecords records) =>
        page.FrontMatter.Fields.GetValueOrDefault("columns") is IReadOnlyList<Column> { Count: > 0 } named
            ? named
            : [.. records.Columns.Select(c => new Column(c, c, default))];

    /// <summary>
    /// The chart's series are named as the table's columns are, so the legend and the headers agree; its values keep
    /// the decimals the data file writes them with (counts as integers, <c>95.71</c> with two). A value no bar can show
    /// (<see cref="BarChart.CanDraw"/>) has no bar: <see cref="DataTables"/> reports it at its cell, and the page still
    /// renders so that one build shows every problem.
    /// </summary>
    private static FluidValue ChartSvg(Chart chart, IReadOnlyList<Column> columns, DataRecords records, Thai.KeepWordList keepWords)
    {
        string TitleOf(Column value) => columns.FirstOrDefault(c => c.Key == value.Key)?.Title ?? value.Title;
        var categories = records.Rows.Select(row => new BarChart.Category(
            DataRecords.Display(row.GetValueOrDefault(chart.Label.Key)),
            [.. chart.Values.Select(v => row.GetValueOrDefault(v.Key) is decimal value && BarChart.CanDraw(value) ? value : (decimal?)null)])).ToList();
        var largest = categories.SelectMany(c => c.Values).Max() ?? 0;
        return LiquidValues.Html(SvgBarChartWriter.Write(new BarChart(chart.Title, [.. chart.Values.Select(TitleOf)], categories, NiceMaximum(largest), null, BarChart.DecimalsOf(categories)), keepWords: keepWords));
    }

    /// <summary>The chart's scale: the largest value rounded up to 1, 2 or 5 times a power of ten, so the gridlines fall on round numbers.</summary>
    internal static decimal NiceMaximum(decimal largest)
    {
        var step = 1m;
        while (step * 10 <= largest)
        {
            step *= 10;
        }

        return largest <= 0 ? 1 : new[] { step, 2 * step, 5 * step, 10 * step }.First(m => m >= largest);
    }

    private static IReadOnlyList<Column> ReadColumns(YamlNode node, FrontMatterValues values, string key)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
        {
            return [.. sequence.Children.Select(c => StructuredValues.RequiredText(c, values, key) is { } name ? new Column(name, name, values.Location(c)) : null)
                .OfType<Column>()];
        }

        var mappings = StructuredValues.MappingList(node, values, key, ColumnMembers);
        return [.. ((node as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>().Zip(mappings)
            .Where(pair => pair.Second.GetValueOrDefault("key") is string)
            .Select(pair => new Column((string)pair.Second["key"]!, pair.Second.GetValueOrDefault("title") as string ?? (string)pair.Second["key"]!, values.Location(pair.First)))];
    }

    private static Chart? ReadChart(YamlNode node, FrontMatterValues values)
    {
        Column? label = null;
        IReadOnlyList<Column> columns = [];
        var members = new Member[]
        {
            new("label", true, (n, v, k) => label = StructuredValues.RequiredText(n, v, k) is { } text ? new Column(text, text, v.Location(n)) : null),
            new("values", true, (n, v, k) => columns = ReadColumns(n, v, k)),
            new("title", false, StructuredValues.TextReader),
        };
        var chart = StructuredValues.Mapping(node, values, "chart", members);
        return chart is null || label is null || columns.Count == 0 ? null : new Chart(label, columns, chart.GetValueOrDefault("title") as string ?? "");
    }
}
