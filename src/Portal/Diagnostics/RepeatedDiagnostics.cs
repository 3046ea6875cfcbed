namespace Portal.Diagnostics;

/// <summary>
/// A theme mistake fails every page that uses the template: instead of one message per page, the
/// same message (same layout, same cause) is reported once, at the first page by path, with how
/// many more pages it hit.
/// </summary>
internal static class RepeatedDiagnostics
{
    public static IEnumerable<Diagnostic> Collapse(IEnumerable<Diagnostic> diagnostics, DiagnosticCode code)
    {
        var list = diagnostics.ToList();
        var collapsed = list
            .Where(d => d.Code == code)
            .GroupBy(d => d.EnglishMessage, StringComparer.Ordinal)
            .Select(group =>
            {
                var ordered = group.OrderBy(d => d.Location.Path, StringComparer.Ordinal).ToList();
                var first = ordered[0];
                return ordered.Count == 1
                    ? first
                    : first with
                    {
                        ThaiMessage = $"{first.ThaiMessage} (และอีก {ordered.Count - 1} หน้า)",
                        EnglishMessage = $"{first.EnglishMessage} (and {ordered.Count - 1} more pages)",
                    };
            });
        return list.Where(d => d.Code != code).Concat(collapsed);
    }
}
