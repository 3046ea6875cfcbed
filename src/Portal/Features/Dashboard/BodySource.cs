using Portal.Site;

namespace Portal.Features.Dashboard;

/// <summary>One public body of sources.yml: who it is, where its site is, and where its coverage.json of a year is.</summary>
/// <param name="Id">The slug of its page address (<c>/2570/bodies/&lt;id&gt;/</c>): given, or made from the site's host name.</param>
/// <param name="Site">Its site's address, http(s), without a trailing slash.</param>
/// <param name="Coverage">Where its coverage.json is: an http(s) URL or a path relative to the sources file's folder, <c>{year}</c> standing for the fiscal year.</param>
/// <param name="Line">Its line in sources.yml, for the messages about it.</param>
internal sealed record BodySource(string Id, string Name, OrganizationKind Kind, string Province, string ProvinceSlug, string Site, string Coverage, int Line)
{
    public const string YearPlaceholder = "{year}";

    /// <summary>Where coverage.json lives when sources.yml does not say: the path OitCoverageOutput writes it at.</summary>
    public static string DefaultCoverage(string site) => $"{site}/ita/{YearPlaceholder}/coverage.json";

    public string CoverageOf(int year) => Coverage.Replace(YearPlaceholder, year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The body's own coverage page of the year, which the dashboard links to.</summary>
    public string CoveragePageOf(int year) => $"{Site}/ita/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/coverage/";
}
