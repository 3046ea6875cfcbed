using System.Buffers;
using Portal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, reporting bad YAML as a diagnostic.
/// Front matter and data files both come through here, so the limits of <see cref="CheckedYamlParser"/> hold for both.
/// </summary>
internal static class YamlDocumentReader
{
    /// <param name="firstLine">The file line the YAML text starts on, so positions point into the file.</param>
    /// <param name="simpleFirst">Whether <see cref="SimpleYamlParser"/> reads the text when it can; false only to compare the two parsers.</param>
    public static YamlNode? Read(string yaml, string displayPath, int firstLine, ICollection<Diagnostic> diagnostics, bool simpleFirst = true)
    {
        if (yaml.AsSpan().IndexOfAny(LineBreaksOfYamlAlone) is var separator and >= 0)
        {
            diagnostics.Add(LineBreakOfYamlAlone(yaml, separator, displayPath, firstLine));
            return null;
        }

        var events = (simpleFirst ? SimpleYamlParser.TryCreate(yaml) : null) as IParser ?? new Parser(new StringReader(yaml));
        var parser = new CheckedYamlParser(events);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (CheckedYamlParser.LimitException e)
        {
            diagnostics.Add(Diagnostic.Error(e.Code, Location(e.Start, yaml, displayPath, firstLine), e.ThaiMessage, e.Message));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Invalid(Location(e.Start, yaml, displayPath, firstLine), e.InnerException?.Message ?? e.Message));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException
            or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException)
        {
            // The parser has thrown these on some broken input (an empty key in a sequence, a '{' at the end of
            // a line, a bad surrogate escape) instead of a YamlException; they still mean the YAML is broken,
            // at about where the parser had got to.
            diagnostics.Add(Invalid(Location(parser.LastPosition, yaml, displayPath, firstLine), e.Message));
        }

        return null;
    }

    /// <summary>
    /// Characters YamlDotNet reads as line breaks (YAML 1.1) where editors, Markdig and every reported position do not:
    /// a value would be cut at an invisible break, and every position after one would name the wrong line.
    /// </summary>
    private static readonly SearchValues<char> LineBreaksOfYamlAlone = SearchValues.Create("\u0085\u2028\u2029");

    private static Diagnostic LineBreakOfYamlAlone(string yaml, int index, string displayPath, int firstLine)
    {
        var (line, column) = ContentCharacters.Position(yaml, index);
        var name = ContentCharacters.Describe(yaml, index);
        return Diagnostic.Error(DiagnosticCode.ForbiddenCharacter, new SourceLocation(displayPath, line + firstLine - 1, column),
            $"พบอักขระ {name} ใน YAML ซึ่ง YAML อ่านเป็นการขึ้นบรรทัดใหม่ที่มองไม่เห็น (มักติดมาจากการคัดลอก) ให้ลบออก",
            $"the character {name} is not allowed in YAML, which reads it as an invisible line break (often pasted in by accident); delete it");
    }

    private static Diagnostic Invalid(SourceLocation location, string reason) =>
        Diagnostic.Error(DiagnosticCode.InvalidYaml, location,
            "รูปแบบ YAML ไม่ถูกต้อง ตรวจสอบการเว้นวรรค เครื่องหมาย : และเครื่องหมายคำพูด",
            $"invalid YAML: {reason}");

    /// <summary>A parser position in file terms. At the end of the text the parser may count a line past the last; that is the last line.</summary>
    private static SourceLocation Location(Mark start, string yaml, string displayPath, int firstLine)
    {
        var lastLine = ContentCharacters.Position(yaml, yaml.Length).Line;
        var line = (int)Math.Clamp(start.Line, 1, lastLine);
        var column = line == start.Line ? (int)Math.Max(1, start.Column) : 1;
        return new(displayPath, line + firstLine - 1, column);
    }

    public static SourceLocation LocationOf(YamlNode node, string displayPath, int firstLine) =>
        new(displayPath, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    /// <summary>A plain (unquoted) scalar is typed by YAML's core schema; a quoted one is always a string.</summary>
    public static bool IsPlain(YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>YAML's core schema null: an empty plain scalar, <c>~</c> or <c>null</c> in any of its spellings.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        IsPlain(scalar) && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
