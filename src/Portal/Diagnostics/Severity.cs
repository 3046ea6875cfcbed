namespace Portal.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
