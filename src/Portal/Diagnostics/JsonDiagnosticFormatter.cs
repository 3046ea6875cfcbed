using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Diagnostics;

/// <summary>
/// One JSON document for scripts: <c>{"errors":N,"warnings":N,"diagnostics":[{"code","severity","file","line","column","message_th","message_en"}]}</c>.
/// A summary of omitted diagnostics (<see cref="DiagnosticBag"/>) also has <c>"omitted":N</c>, and the counts include them.
/// Thai is written as is, not as <c>\u0E..</c> escapes.
/// </summary>
public sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Line(Diagnostic diagnostic)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options with { Indented = false }))
        {
            WriteOne(json, diagnostic);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", Diagnostic.CountOf(diagnostics, Severity.Error));
            json.WriteNumber("warnings", Diagnostic.CountOf(diagnostics, Severity.Warning));
            json.WriteNumber("notices", Diagnostic.CountOf(diagnostics, Severity.Notice));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                WriteOne(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteOne(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code.Id);
        json.WriteString("severity", diagnostic.Severity.Word());
        json.WriteString("file", diagnostic.Location.Path);
        json.WriteNumber("line", diagnostic.Location.Line);
        json.WriteNumber("column", diagnostic.Location.Column);
        json.WriteString("message_th", diagnostic.ThaiMessage);
        json.WriteString("message_en", diagnostic.EnglishMessage);
        if (diagnostic.Omitted > 0)
        {
            json.WriteNumber("omitted", diagnostic.Omitted);
        }
        json.WriteEndObject();
    }
}
