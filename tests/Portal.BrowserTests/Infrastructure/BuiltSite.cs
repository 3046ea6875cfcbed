using Portal.Testing;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>A site built into a folder and served over HTTP: where its files are, where it answers, which pages it has.</summary>
public sealed class BuiltSite(string name, string directory, Uri address)
{
    /// <summary>How many pages of one layout a browser check visits: generated sites have hundreds of OIT item pages of one shape.</summary>
    public const int PagesPerLayout = 3;

    private readonly IReadOnlyList<(string Url, string Layout)> _pages = SitePages.Of(directory);

    public string Name { get; } = name;

    public string Directory { get; } = directory;

    public Uri Address { get; } = address;

    /// <summary>Every page rendered through the theme, as the root-relative URL it is served at, sorted (<see cref="SitePages.Of"/>).</summary>
    public IReadOnlyList<string> PageUrls => [.. _pages.Select(p => p.Url)];

    /// <summary>
    /// The pages a browser check visits: every page type, each with up to <see cref="PagesPerLayout"/> pages (the first
    /// by URL, then the largest files, which hold the most content of that shape: the longest tables and lists), so
    /// the checks cover every layout in minutes however many pages a layout has.
    /// </summary>
    public IReadOnlyList<string> SampleUrls =>
        [.. _pages.GroupBy(p => p.Layout)
            .SelectMany(g => g.Take(1).Concat(g.Skip(1).OrderByDescending(p => new FileInfo(FileOf(p.Url)).Length).ThenBy(p => p.Url, StringComparer.Ordinal)).Take(PagesPerLayout))
            .Select(p => p.Url)
            .Order(StringComparer.Ordinal)];

    public string Absolute(string url) => new Uri(Address, url).ToString();

    /// <summary>The file a page URL is served from.</summary>
    public string FileOf(string url) =>
        Path.Combine(Directory, url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/'));

    public override string ToString() => Name;
}
