using Portal.Thai;

namespace Portal.Features.Dashboard;

/// <summary>The fiscal years a dashboard shows: <c>--year</c>, else sources.yml's <c>years:</c>, else the fiscal year of the build date.</summary>
internal static class DashboardYears
{
    /// <summary>A Buddhist-era year an OIT report can belong to; anything else is a typo or an absurd value.</summary>
    public static bool IsPlausible(int year) => year is >= 2500 and <= 2700;

    public static IReadOnlyList<int> Choose(IReadOnlyList<int> given, IReadOnlyList<int> fromSources, DateOnly today) =>
        [.. (given.Count > 0 ? given : fromSources.Count > 0 ? fromSources : [FiscalYear.Containing(today).BuddhistYear]).Distinct().Order()];
}
