namespace Portal.Diagnostics;

/// <summary>One problem found in the content or theme: data that formatters print as text, GitHub annotations or JSON.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceLocation Location, string ThaiMessage, string EnglishMessage)
{
    public static Diagnostic Error(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Error, location, thai, english);

    public static Diagnostic Warning(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Warning, location, thai, english);

    public static Diagnostic Notice(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Notice, location, thai, english);
}
