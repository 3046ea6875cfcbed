using Portal.Content;

namespace Portal.Diagnostics;

/// <summary>Prints <c>input/a.md:3:1: error PT003: &lt;Thai&gt; (&lt;English&gt;)</c>, the form editors and CI logs link to.</summary>
/// <param name="colour">Colours the place and the severity with ANSI codes, for a terminal; the words stay the same.</param>
public sealed class TextDiagnosticFormatter(bool colour = false) : IDiagnosticFormatter
{
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Reset = "\u001b[0m";

    public static string Format(Diagnostic diagnostic) => new TextDiagnosticFormatter().Line(diagnostic);

    public string Line(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.Word();
        // A file name or a quoted value may hold a line break or a control character; the diagnostic stays one line.
        return colour
            ? $"{Bold}{ContentCharacters.OnOneLine(diagnostic.Location.ToString())}:{Reset} {Colour(diagnostic.Severity)}{severity} {diagnostic.Code.Id}:{Reset} {ContentCharacters.OnOneLine($"{diagnostic.ThaiMessage} ({diagnostic.EnglishMessage})")}"
            : ContentCharacters.OnOneLine($"{diagnostic.Location}: {severity} {diagnostic.Code.Id}: {diagnostic.ThaiMessage} ({diagnostic.EnglishMessage})");
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };
}
