using System.Globalization;

namespace Portal.Features.Oit;

/// <summary>
/// The OIT pages' URLs. Assessors submit them in ITAS, so they are a contract: never rename them
/// (docs/architecture.md, "Contracts").
/// </summary>
internal static class OitUrls
{
    public static string Year(int year) => $"/ita/{year.ToString(CultureInfo.InvariantCulture)}/";

    public static string Item(int year, string code) => $"{Year(year)}{code.ToLowerInvariant()}/";

    public static string Coverage(int year) => $"{Year(year)}coverage/";

    /// <summary>Every year's counts side by side, for auditors comparing years.</summary>
    public const string History = "/ita/history/";

    /// <summary>Paths inside the output folder, as <see cref="Output.ISiteOutput.Paths"/> declares them.</summary>
    public static string CoverageJsonPath(int year) => $"ita/{year.ToString(CultureInfo.InvariantCulture)}/coverage.json";

    public static string CoverageCsvPath(int year) => $"ita/{year.ToString(CultureInfo.InvariantCulture)}/coverage.csv";
}
