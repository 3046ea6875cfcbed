namespace Portal.Commands;

/// <summary>docs/architecture.md, "Contracts": the exit codes scripts and CI rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrConfiguration = 2;

    /// <summary>A fault of the program itself, not of the content: reported in one line, with a request for a bug report.</summary>
    public const int InternalError = 3;
}
