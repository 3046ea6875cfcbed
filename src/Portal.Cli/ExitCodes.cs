namespace Portal.Cli;

/// <summary>DESIGN.md: 0 success; 1 the content has errors; 2 bad usage or configuration.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrConfiguration = 2;
}
