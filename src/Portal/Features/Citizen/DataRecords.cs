using System.Globalization;
using Portal.Content;
using Portal.Kinds;
using Portal.Thai;

namespace Portal.Features.Citizen;

/// <summary>
/// A data file as a table: its columns in order and its rows (column → value). A CSV file is one as read; a YAML file
/// is one when it is a list of mappings, its columns in the order they first appear.
/// </summary>
internal sealed record DataRecords(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public static DataRecords? From(DataFile file)
    {
        if (file.Table is { } table)
        {
            return new DataRecords(table.Header, CsvDataReader.Records(table));
        }

        if (file.Value is not List<object?> list || list.Count == 0 || !list.All(item => item is IReadOnlyDictionary<string, object?>))
        {
            return null;
        }

        var rows = list.Cast<IReadOnlyDictionary<string, object?>>().ToList();
        return new DataRecords([.. rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal)], rows);
    }

    /// <summary>A column is numeric when every value it has is a number: it is right-aligned and summed by readers' eyes.</summary>
    public bool IsNumeric(string column) =>
        Rows.Select(r => r.GetValueOrDefault(column)).Where(v => v is not null).All(v => v is decimal)
        && Rows.Any(r => r.GetValueOrDefault(column) is decimal);

    /// <summary>How a reader sees a value: numbers grouped by thousands, ISO dates and months in Thai with the Buddhist-era year.</summary>
    public static string Display(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString("N" + number.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        string text when ThaiDate.TryParseIso(text, out var date) => ThaiDate.Format(date),
        string text when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
            ThaiDate.FormatMonth(month.Year, month.Month),
        bool flag => flag ? "ใช่" : "ไม่ใช่",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The value as the downloads write it: numbers in invariant form, dates as written.</summary>
    public static string Raw(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
