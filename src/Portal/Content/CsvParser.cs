using System.Buffers;
using System.Text;
using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// Splits CSV text into rows of cells as RFC 4180 writes them, strictly, so that a file is published as its author
/// meant or not at all: a cell is either plain (no quote in it) or wholly in quotes (a quote inside it doubled), and a
/// line ends at CRLF, LF or a lone CR, as <see cref="ContentCharacters.Position"/> counts lines. A quote that is never
/// closed, a quote inside a plain cell and text after a closing quote are each reported at their line and column
/// (PT094): a lenient reader would silently join or cut cells instead. Every cell keeps where it starts, so later
/// checks can name it.
/// </summary>
internal static class CsvParser
{
    private static readonly SearchValues<char> PlainCellEnds = SearchValues.Create(",\r\n\"");

    /// <summary>Every row of <paramref name="text"/>, blank lines included; null when a cell's quotes are malformed (each such row is reported).</summary>
    public static List<CsvTable.Row>? Parse(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var cursor = new Cursor(text);
        var rows = new List<CsvTable.Row>();
        var malformed = false;
        while (!cursor.AtEnd)
        {
            if (ReadRow(cursor, displayPath, diagnostics) is { } row)
            {
                rows.Add(row);
            }
            else
            {
                // Report the next row's problem too, rather than one problem per build.
                malformed = true;
                cursor.SkipPastLineEnd();
            }
        }

        return malformed ? null : rows;
    }

    private static CsvTable.Row? ReadRow(Cursor cursor, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var line = cursor.Line;
        var cells = new List<CsvTable.Cell>();
        while (true)
        {
            var cell = cursor.Current == '"' ? ReadQuoted(cursor, displayPath, diagnostics) : ReadPlain(cursor, displayPath, diagnostics);
            if (cell is null)
            {
                return null;
            }

            cells.Add(cell);
            if (cursor.Current != ',')
            {
                break;
            }

            cursor.Index++;
        }

        cursor.SkipPastLineEnd();
        return new CsvTable.Row(line, cells);
    }

    private static CsvTable.Cell? ReadPlain(Cursor cursor, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var (line, column, start) = (cursor.Line, cursor.Column, cursor.Index);
        var length = cursor.Text.AsSpan(start).IndexOfAny(PlainCellEnds);
        cursor.Index = length < 0 ? cursor.Text.Length : start + length;
        if (cursor.Current == '"')
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvQuoting, cursor.Location(displayPath),
                "มีเครื่องหมายคำพูด (\") ในช่องที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด ให้ครอบทั้งช่องด้วย \" และเขียน \" ในข้อความเป็น \"\" (เช่น \"ขนาด 5\"\" นิ้ว\")",
                "a quote (\") inside a cell that is not in quotes; put the whole cell in quotes and double each quote in its text (e.g. \"size 5\"\" inch\")"));
            return null;
        }

        return new CsvTable.Cell(cursor.Text[start..cursor.Index], line, column);
    }

    private static CsvTable.Cell? ReadQuoted(Cursor cursor, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var opening = cursor.Location(displayPath);
        var text = new StringBuilder();
        cursor.Index++;
        while (!cursor.AtEnd)
        {
            if (cursor.Current != '"')
            {
                // A line break inside quotes belongs to the cell, as written; it still counts as a line of the file.
                var lineEnd = cursor.LineEndLength;
                text.Append(cursor.Text, cursor.Index, Math.Max(lineEnd, 1));
                if (lineEnd > 0)
                {
                    cursor.SkipPastLineEnd();
                }
                else
                {
                    cursor.Index++;
                }

                continue;
            }

            if (cursor.Next == '"')
            {
                text.Append('"');
                cursor.Index += 2;
                continue;
            }

            cursor.Index++;
            if (!cursor.AtEnd && cursor.Current != ',' && cursor.LineEndLength == 0)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvQuoting, cursor.Location(displayPath),
                    "มีข้อความต่อจากเครื่องหมายคำพูดปิด (\") ของช่อง ให้ย้ายข้อความเข้าไปในเครื่องหมายคำพูด หรือเขียน \" ที่เป็นส่วนของข้อความเป็น \"\"",
                    "text follows the closing quote (\") of a cell; move it inside the quotes, or double a quote that belongs to the text"));
                return null;
            }

            return new CsvTable.Cell(text.ToString(), opening.Line, opening.Column);
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCode.CsvQuoting, opening,
            "เครื่องหมายคำพูด (\") ที่เปิดตรงนี้ไม่มีตัวปิด ข้อความที่เหลือทั้งไฟล์จึงจะอยู่ในช่องเดียว ให้เพิ่ม \" ปิดท้ายช่อง",
            "the quote (\") opened here is never closed, so the rest of the file would be one cell; add the closing \" at the end of the cell"));
        return null;
    }

    /// <summary>A position in the text with its line and column, counted as <see cref="ContentCharacters.Position"/> counts them.</summary>
    private sealed class Cursor(string text)
    {
        private int _lineStart;

        public string Text { get; } = text;

        public int Index { get; set; }

        public int Line { get; private set; } = 1;

        public int Column => Index - _lineStart + 1;

        public bool AtEnd => Index >= Text.Length;

        /// <summary>The character at the cursor, or NUL at the end (a NUL in the text is refused before parsing).</summary>
        public char Current => AtEnd ? '\0' : Text[Index];

        public char Next => Index + 1 < Text.Length ? Text[Index + 1] : '\0';

        /// <summary>How many characters the line break at the cursor takes (CRLF 2, LF or CR 1), or 0 when there is none.</summary>
        public int LineEndLength => Current switch
        {
            '\r' => Next == '\n' ? 2 : 1,
            '\n' => 1,
            _ => 0,
        };

        public SourceLocation Location(string displayPath) => new(displayPath, Line, Column);

        /// <summary>Moves past the next line break (or to the end), counting the line.</summary>
        public void SkipPastLineEnd()
        {
            while (!AtEnd && LineEndLength == 0)
            {
                Index++;
            }

            if (!AtEnd)
            {
                Index += LineEndLength;
                Line++;
                _lineStart = Index;
            }
        }
    }
}
