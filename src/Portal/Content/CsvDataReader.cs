using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Content;

/// <summary>
/// Reads a CSV file under <c>input/_data/</c> with Sep (quoted fields, commas and line breaks inside
/// quotes), so staff can publish a table exported from a spreadsheet. The file must be UTF-8 (a byte-order
/// mark is allowed) and every row must have as many fields as the header; each mistake is reported at its line.
/// </summary>
public static class CsvDataReader
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

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text);
        if (reader.Header.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.EmptyRequiredValue, new SourceLocation(displayPath),
                "ไฟล์ CSV ว่าง ต้องมีแถวหัวตารางเป็นแถวแรก", "the CSV file is empty; its first row must be the header"));
            return null;
        }

        var header = reader.Header.ColNames.Select(n => ThaiText.Normalize(n.Trim())).ToList();
        var rows = new List<CsvTable.Row>();
        var ragged = false;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
            {
                continue;
            }

            if (row.ColCount != header.Count)
            {
                ragged = true;
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.RaggedCsvRow, new SourceLocation(displayPath, line),
                    $"แถวนี้มี {row.ColCount} ช่อง แต่หัวตารางมี {header.Count} ช่อง ตรวจสอบเครื่องหมายจุลภาค (,) และเครื่องหมายคำพูด",
                    $"this row has {row.ColCount} fields but the header has {header.Count}; check the commas and quotes"));
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(new CsvTable.Row(line, cells));
        }

        return ragged ? null : new CsvTable(header, rows);
    }

    /// <summary>The rows as a list of mappings (header → value), numbers as numbers, as a YAML list of mappings reads.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(CsvTable table) =>
        [.. table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(table.Header.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Header.Count; i++)
            {
                var cell = ThaiText.Normalize(row.Cells[i].Trim());
                record[table.Header[i]] = cell.Length == 0 ? null
                    : decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number
                    : cell;
            }

            return (IReadOnlyDictionary<string, object?>)record;
        })];

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
