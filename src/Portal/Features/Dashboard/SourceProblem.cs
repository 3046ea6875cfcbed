using Portal.Diagnostics;

namespace Portal.Features.Dashboard;

/// <summary>
/// Why a body's coverage.json of a year was not used: unreadable or too large (PT109), or not a valid report (PT110). It is shown on the dashboard and printed, and never stops the build.
/// </summary>
internal sealed record SourceProblem(DiagnosticCode Code, string ThaiMessage, string EnglishMessage)
{
    public static SourceProblem Unreadable(string thai, string english) => new(DiagnosticCode.CoverageSourceUnreadable, thai, english);

    public static SourceProblem TooLarge(long maxBytes) => new(DiagnosticCode.CoverageSourceUnreadable,
        $"ไฟล์ใหญ่เกิน {maxBytes:N0} ไบต์ (--max-bytes)", $"larger than {maxBytes:N0} bytes (--max-bytes)");

    public static SourceProblem Invalid(string thai, string english) => new(DiagnosticCode.CoverageSourceInvalid, thai, english);
}
