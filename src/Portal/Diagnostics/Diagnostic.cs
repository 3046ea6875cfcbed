namespace Portal.Diagnostics;

/// <summary>One problem found in the content or theme: data that formatters print as text, GitHub annotations or JSON.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceLocation Location, string ThaiMessage, string EnglishMessage)
{
    /// <summary>
    /// Nonzero for a summary (<see cref="DiagnosticBag"/>): how many more diagnostics of this code in this file are
    /// not shown. A summary stands for that many in counts.
    /// </summary>
    public int Omitted { get; init; }

    /// <summary>How many problems this line stands for: one, or a summary's <see cref="Omitted"/>.</summary>
    public int Occurrences => Omitted > 0 ? Omitted : 1;

    /// <summary>How many problems of <paramref name="severity"/> a report holds, counting what its summaries stand for.</summary>
    public static int CountOf(IEnumerable<Diagnostic> diagnostics, Severity severity) =>
        diagnostics.Where(d => d.Severity == severity).Sum(d => d.Occurrences);

    public static Diagnostic Error(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Error, location, thai, english);

    public static Diagnostic Warning(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Warning, location, thai, english);

    public static Diagnostic Notice(DiagnosticCode code, SourceLocation location, string thai, string english) =>
        new(code, Severity.Notice, location, thai, english);
}
