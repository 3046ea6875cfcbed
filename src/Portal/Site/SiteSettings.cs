using System.Globalization;

namespace Portal.Site;

/// <summary>The few settings the engine itself needs; everything else in <c>_data/site.yml</c> is only for templates.</summary>
public sealed record SiteSettings(string Title, string BaseUrl, string? Description)
{
    public const string DataKey = "site";
    public const string DefaultBaseUrl = "http://localhost";

    /// <summary>The body the site belongs to (<c>organization:</c>), read and checked by the model stage.</summary>
    public Organization Organization { get; init; } = Organization.Unstated;

    public static SiteSettings From(object? siteData, string? baseUrlOverride)
    {
        var values = siteData as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        string? Text(string key) => values.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        var baseUrl = baseUrlOverride ?? Text("base_url") ?? DefaultBaseUrl;
        return new SiteSettings(Text("title") ?? "", baseUrl.TrimEnd('/'), Text("description"));
    }

    /// <summary>
    /// Canonical links, the sitemap and the feed need an absolute http(s) address, on one line: a space or
    /// line break would write lines of its own into robots.txt (a foreign <c>Sitemap:</c>).
    /// </summary>
    public static bool IsValidBaseUrl(string url) =>
        !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
