namespace Portal.Diagnostics;

public enum Severity
{
    /// <summary>Nothing to fix: something staff should know (a new published address), shown but never failing a check.</summary>
    Notice,
    Warning,
    Error,
}

internal static class SeverityNames
{
    /// <summary>The word formatters print: <c>error</c>, <c>warning</c> or <c>notice</c> (also GitHub's workflow command).</summary>
    public static string Word(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}
