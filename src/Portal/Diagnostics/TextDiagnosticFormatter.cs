using Portal.Content;

namespace Portal.Diagnostics;

/// <summary>Prints <c>input/a.md:3:1: error PT003: &lt;Thai&gt; (&lt;English&gt;)</c>, the form editors and CI logs link to.</summary>
public sealed class TextDiagnosticFormatter : IDiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
        // A file name or a quoted value may hold a line break or a control character; the diagnostic stays one line.
        return ContentCharacters.OnOneLine($"{diagnostic.Location}: {severity} {diagnostic.Code.Id}: {diagnostic.ThaiMessage} ({diagnostic.EnglishMessage})");
    }

    public string Line(Diagnostic diagnostic) => Format(diagnostic);
}
