using Portal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>Parses YAML text into nodes that keep their line and column, reporting bad YAML as a diagnostic.</summary>
public static class YamlDocumentReader
{
    /// <param name="firstLine">The file line the YAML text starts on, so positions point into the file.</param>
    public static YamlNode? Read(string yaml, string displayPath, int firstLine, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            var column = (int)Math.Max(1, e.Start.Column);
            var reason = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCode.InvalidYaml,
                new SourceLocation(displayPath, line, column),
                "รูปแบบ YAML ไม่ถูกต้อง ตรวจสอบการเว้นวรรค เครื่องหมาย : และเครื่องหมายคำพูด",
                $"invalid YAML: {reason}"));
            return null;
        }
    }

    public static SourceLocation LocationOf(YamlNode node, string displayPath, int firstLine) =>
        new(displayPath, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    /// <summary>A plain (unquoted) scalar is typed by YAML's core schema; a quoted one is always a string.</summary>
    public static bool IsPlain(YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
}
