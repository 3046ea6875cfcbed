using System.Globalization;
using System.Text;
using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Content;

/// <summary>
/// Reads a CSV file under <c>input/_data/</c> (quoted cells, commas and line breaks inside quotes: <see cref="CsvParser"/>),
/// so staff can publish a table exported from a spreadsheet. It is checked as a page is, whether or not a page uses it:
/// the file must be UTF-8 (a byte-order mark is allowed), hold no character <see cref="ContentCharacters"/> refuses, quote
/// its cells well, name every column once, and give every row as many cells as the header; each mistake is reported at
/// its line (and column), and the file is then no table.
/// </summary>
internal static class CsvDataReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvTable? Read(byte[] bytes, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (!IsUtf8(bytes, displayPath, diagnostics))
        {
            return null;
        }

        var text = StrictUtf8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // The rule for a page's text: no control character or noncharacter is published, and none reaches normalisation below.
        if (!ContentCharacters.Check(text, displayPath, diagnostics) || CsvParser.Parse(text, displayPath, diagnostics) is not { } parsed)
        {
            return null;
        }

        var rows = parsed.Where(row => !IsBlank(row)).ToList();
        if (rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.EmptyRequiredValue, new SourceLocation(displayPath),
                "ไฟล์ CSV ว่าง ต้องมีแถวหัวตารางเป็นแถวแรก", "the CSV file is empty; its first row must be the header"));
            return null;
        }

        var header = HeaderNames(rows[0], displayPath, diagnostics);
        var valid = header is not null;
        foreach (var row in rows.Skip(1).Where(r => r.Cells.Count != rows[0].Cells.Count))
        {
            valid = false;
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.RaggedCsvRow, new SourceLocation(displayPath, row.Line),
                $"แถวนี้มี {row.Cells.Count} ช่อง แต่หัวตารางมี {rows[0].Cells.Count} ช่อง ตรวจสอบเครื่องหมายจุลภาค (,) และเครื่องหมายคำพูด",
                $"this row has {row.Cells.Count} fields but the header has {rows[0].Cells.Count}; check the commas and quotes"));
        }

        return valid ? new CsvTable(header!, rows[1..]) : null;
    }

    /// <summary>The rows as a list of mappings (header → value), numbers as numbers, as a YAML list of mappings reads.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(CsvTable table) =>
        [.. table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Header.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Header.Count; i++)
            {
                var cell = ThaiText.Normalize(row.Cells[i].Text.Trim());
                record[table.Header[i]] = cell.Length == 0 ? null : TryParseNumber(cell, out var number) ? number : cell;
            }

            return (IReadOnlyDictionary<string, object?>)record;
        })];

    /// <summary>A cell that is a number: digits with an optional sign and decimal point, no spaces, grouping or exponent.</summary>
    public static bool TryParseNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    /// <summary>A line with nothing on it, or only spaces: no row.</summary>
    private static bool IsBlank(CsvTable.Row row) => row.Cells.Count == 1 && string.IsNullOrWhiteSpace(row.Cells[0].Text);

    /// <summary>
    /// The header's names, trimmed and normalised as cells are. A row's values are looked up by name, so a column without
    /// one, or with another's, would be lost from the table and the downloads: each is reported at its cell (PT093).
    /// </summary>
    private static List<string>? HeaderNames(CsvTable.Row header, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var names = new List<string>(header.Cells.Count);
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in header.Cells)
        {
            var name = ThaiText.Normalize(cell.Text.Trim());
            var number = names.Count + 1;
            var at = new SourceLocation(displayPath, cell.Line, cell.Column);
            if (name.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvHeaderName, at,
                    $"คอลัมน์ที่ {number} ของแถวหัวตารางไม่มีชื่อ ให้ตั้งชื่อ หรือลบคอลัมน์ว่างนั้น (รวมทั้งเครื่องหมาย , ที่เกินท้ายแถว)",
                    $"column {number} of the header has no name; name it, or delete the empty column (and any extra comma at the end of the row)"));
            }
            else if (!columnOf.TryAdd(name, number))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvHeaderName, at,
                    $"ชื่อหัวคอลัมน์ '{name}' ของคอลัมน์ที่ {number} ซ้ำกับคอลัมน์ที่ {columnOf[name]} ให้ตั้งชื่อทุกคอลัมน์ไม่ให้ซ้ำกัน",
                    $"the header name '{name}' of column {number} repeats column {columnOf[name]}; give each column its own name"));
            }

            names.Add(name);
        }

        return names.Count == columnOf.Count ? names : null;
    }

    /// <summary>Each line with a byte that is not UTF-8 (a file saved as TIS-620 or Windows-874) is reported at its line and byte.</summary>
    private static bool IsUtf8(byte[] bytes, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var valid = true;
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            var lineBytes = bytes.AsSpan(start, i - start);
            if (!System.Text.Unicode.Utf8.IsValid(lineBytes))
            {
                valid = false;
                var column = FirstInvalidByte(lineBytes) + 1;
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvNotUtf8, new SourceLocation(displayPath, line, column),
                    "ไฟล์นี้ไม่ใช่ UTF-8 ให้บันทึกใหม่เป็น \"CSV UTF-8\" (เช่น ใน Excel เลือก CSV UTF-8)",
                    "this file is not UTF-8; save it again as \"CSV UTF-8\""));
            }

            line++;
            start = i + 1;
        }

        return valid;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
