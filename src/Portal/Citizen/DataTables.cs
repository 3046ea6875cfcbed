using Portal.Diagnostics;
using Portal.Kinds;
using Portal.Site;

namespace Portal.Citizen;

/// <summary>
/// Checks what each data-table page refers to: its data file exists and is a table, and every column its
/// <c>columns</c> or <c>chart</c> names is a header of that file (PT087, at the line that names it).
/// </summary>
public static class DataTables
{
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

            var named = (page.FrontMatter.Fields.GetValueOrDefault("columns") as IReadOnlyList<DataTableKind.Column> ?? [])
                .Concat(page.FrontMatter.Fields.GetValueOrDefault("chart") is DataTableKind.Chart chart ? [chart.Label, .. chart.Values] : []);
            foreach (var column in named.Where(c => !records.Columns.Contains(c.Key)))
            {
                var (thai, english) = DidYouMean.Hint(column.Key, records.Columns);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.MissingColumn, column.Location,
                    $"ไฟล์ {file.DisplayPath} ไม่มีคอลัมน์ '{column.Key}'{thai}", $"{file.DisplayPath} has no column '{column.Key}'{english}"));
            }
        }
    }
}
