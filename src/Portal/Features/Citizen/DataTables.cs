using System.Globalization;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Features.Citizen;

/// <summary>
/// Checks what each data-table page refers to: its data file exists and is a table, every column its
/// <c>columns</c> or <c>chart</c> names is a header of that file (PT087, at the line that names it), the file has no more
/// rows than a page shows or a chart draws (PT096), and every value of a charted column is a bar the chart can draw, or
/// empty (PT095, at the value's cell).
/// </summary>
internal static class DataTables
{
    private static readonly string Largest = BarChart.LargestValue.ToString("N0", CultureInfo.InvariantCulture);

    public static void Validate(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => p.FromContent && p.Kind is DataTableKind))
        {
            if (DataTableKind.DataKey(page) is not { } key)
            {
                continue;
            }

            var at = page.FrontMatter.KeyLocations.GetValueOrDefault("data");
            if (site.Data.FirstOrDefault(d => d.Key == key) is not { } file)
            {
                var (thai, english) = DidYouMean.Hint(key, [.. site.Data.Select(d => d.Key)]);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownDataFile, at,
                    $"ไม่มีไฟล์ข้อมูล '{key}' ใน input/_data/ (ชื่อไฟล์ไม่ต้องใส่นามสกุล){thai}", $"there is no data file '{key}' in input/_data/ (name it without extension){english}"));
                continue;
            }

            if (DataRecords.From(file) is not { } records)
            {
                if (file.Value is not null || file.Yaml is not null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidDataValue, at,
                        $"ไฟล์ข้อมูล '{key}' ไม่ใช่ตาราง: ไฟล์ YAML ต้องเป็นรายการของ key: value (ขึ้นต้นแต่ละแถวด้วย -)",
                        $"data file '{key}' is not a table: a YAML file must be a list of mappings (each row starting with -)"));
                }

                continue;
            }

            if (records.Rows.Count > DataTableKind.MostRows)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.TooManyRows, at,
                    $"ไฟล์ข้อมูล '{key}' มี {records.Rows.Count} แถว เกิน {DataTableKind.MostRows} แถวที่หน้าเว็บหนึ่งหน้าแสดงได้ ให้แบ่งเป็นหลายไฟล์ (เช่น ไฟล์ละปี) และหน้าละไฟล์",
                    $"data file '{key}' has {records.Rows.Count} rows, more than the {DataTableKind.MostRows} a page shows; split it into several files (e.g. one a year), one page each"));
                continue;
            }

            var named = (page.FrontMatter.Fields.GetValueOrDefault("columns") as IReadOnlyList<DataTableKind.Column> ?? [])
                .Concat(page.FrontMatter.Fields.GetValueOrDefault("chart") is DataTableKind.Chart chart ? [chart.Label, .. chart.Values] : []);
            foreach (var column in named.Where(c => !records.Columns.Contains(c.Key)))
            {
                var (thai, english) = DidYouMean.Hint(column.Key, records.Columns);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.MissingColumn, column.Location,
                    $"ไฟล์ {file.DisplayPath} ไม่มีคอลัมน์ '{column.Key}'{thai}", $"{file.DisplayPath} has no column '{column.Key}'{english}"));
            }

            if (page.FrontMatter.Fields.GetValueOrDefault("chart") is not DataTableKind.Chart charted)
            {
                continue;
            }

            if (records.Rows.Count > BarChart.MostCategories)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.TooManyRows, page.FrontMatter.KeyLocations.GetValueOrDefault("chart"),
                    $"กราฟวาดได้ไม่เกิน {BarChart.MostCategories} กลุ่ม แต่ไฟล์ข้อมูล '{key}' มี {records.Rows.Count} แถว ให้เอา chart ออก หรือแบ่งไฟล์ให้เล็กลง",
                    $"a chart draws at most {BarChart.MostCategories} groups of bars, but data file '{key}' has {records.Rows.Count} rows; remove chart, or split the file"));
                continue;
            }

            ValidateChartValues(charted, file, records, diagnostics);
        }
    }

    private static void ValidateChartValues(DataTableKind.Chart chart, DataFile file, DataRecords records, DiagnosticBag diagnostics)
    {
        foreach (var column in chart.Values.Select(c => c.Key).Distinct(StringComparer.Ordinal).Where(records.Columns.Contains))
        {
            for (var row = 0; row < records.Rows.Count; row++)
            {
                if (UndrawableValue(records.Rows[row].GetValueOrDefault(column), column) is var (thai, english))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCode.UndrawableChartValue, file.CellLocation(row, column), thai, english));
                }
            }
        }
    }

    /// <summary>Why a bar cannot be drawn for <paramref name="value"/> (<see cref="BarChart.CanDraw"/>), or null when it can; an empty cell has no bar.</summary>
    private static (string Thai, string English)? UndrawableValue(object? value, string column) => value switch
    {
        null => null,
        decimal number when BarChart.CanDraw(number) => null,
        decimal number when number < 0 =>
            ($"ค่า {Invariant(number)} ในคอลัมน์ '{column}' ติดลบ กราฟแท่งเริ่มที่ศูนย์จึงวาดค่าติดลบไม่ได้ ให้เอาคอลัมน์นี้ออกจาก chart: values",
             $"the value {Invariant(number)} in column '{column}' is negative; the bars start at zero, so take this column out of chart: values"),
        decimal number when number > BarChart.LargestValue =>
            ($"ค่า {Invariant(number)} ในคอลัมน์ '{column}' เกิน {Largest} ซึ่งเป็นค่ามากที่สุดที่กราฟวาดได้ ตรวจตัวเลขในไฟล์ข้อมูล",
             $"the value {Invariant(number)} in column '{column}' is above {Largest}, the largest a chart draws; check the figure in the data file"),
        decimal number =>
            ($"ค่า {Invariant(number)} ในคอลัมน์ '{column}' มีทศนิยม {number.Scale} ตำแหน่ง กราฟแสดงได้ไม่เกิน {BarChart.MostDecimals} ตำแหน่ง ให้ปัดเศษในไฟล์ข้อมูล",
             $"the value {Invariant(number)} in column '{column}' has {number.Scale} decimals; a chart shows at most {BarChart.MostDecimals}, so round it in the data file"),
        _ =>
            ($"ค่า '{Shortened(DataRecords.Raw(value))}' ในคอลัมน์ '{column}' ไม่ใช่ตัวเลข กราฟจึงวาดไม่ได้ ให้เขียนเป็นเลขอารบิกโดยไม่มีจุลภาคคั่นหลักพัน (เช่น 1250.50) หรือเว้นว่างถ้าไม่มีข้อมูล",
             $"the value '{Shortened(DataRecords.Raw(value))}' in column '{column}' is not a number, so the chart cannot draw it; write Arabic digits without thousands separators (e.g. 1250.50), or leave the cell empty when there is no figure"),
    };

    private static string Invariant(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cell's text as a message quotes it: at most 40 characters, so one long cell cannot flood the output.</summary>
    private static string Shortened(string text) =>
        text.Length <= 40 ? text : text[..(char.IsHighSurrogate(text[39]) ? 39 : 40)] + "…";
}
