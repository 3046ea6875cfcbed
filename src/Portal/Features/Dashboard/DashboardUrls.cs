using System.Globalization;

namespace Portal.Features.Dashboard;

/// <summary>The dashboard's page addresses: each year's pages under <c>/&lt;year&gt;/</c>, so a new year never moves an old one.</summary>
internal static class DashboardUrls
{
    public const string Home = "/";

    public static string Year(int year) => $"/{year.ToString(CultureInfo.InvariantCulture)}/";

    public static string Item(int year, string code) => $"{Year(year)}items/{code.ToLowerInvariant()}/";

    public static string Province(int year, string slug) => $"{Year(year)}provinces/{slug}/";

    public static string Body(int year, string id) => $"{Year(year)}bodies/{id}/";

    public static string Problems(int year) => $"{Year(year)}problems/";
}
