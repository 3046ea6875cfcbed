namespace Portal.Diagnostics;

/// <summary>
/// A report for a pull request, where GitHub shows only the first ten warnings of a step: the problems of the files it
/// changes come first, as they are; then the errors of other files, which still fail the check; then the warnings and
/// notices that stood before the pull request, as one notice per code that counts them, so a staff member's own
/// warning is never hidden behind them.
/// </summary>
public static class StandingDiagnostics
{
    public static IReadOnlyList<Diagnostic> ChangedFirst(IReadOnlyList<Diagnostic> diagnostics, Func<string, bool> isChanged)
    {
        var changed = diagnostics.Where(d => isChanged(d.Location.Path)).ToList();
        var elsewhere = diagnostics.Where(d => !isChanged(d.Location.Path)).ToList();
        var standing = elsewhere.Where(d => d.Severity != Severity.Error)
            .GroupBy(d => d.Code)
            .Select(code => Summary(code.Key, [.. code]));
        return [.. changed, .. elsewhere.Where(d => d.Severity == Severity.Error), .. standing];
    }

    private static Diagnostic Summary(DiagnosticCode code, List<Diagnostic> standing)
    {
        var count = standing.Sum(d => d.Occurrences);
        var files = standing.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();
        return Diagnostic.Notice(code, standing[0].Location,
            $"{code.Id} ({code.Summary}) มีอยู่แล้ว {count} รายการใน {files} ไฟล์ที่ pull request นี้ไม่ได้แก้ ไม่ต้องแก้ในครั้งนี้ ดูทั้งหมดด้วย portal check",
            $"{count} {code.Id} ({code.Summary}) stood before this pull request in {files} file(s) it does not change; nothing to do now; see them all with portal check");
    }
}
