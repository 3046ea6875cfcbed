using System.Text.RegularExpressions;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>A site built into a folder and served over HTTP: where its files are, where it answers, which pages it has.</summary>
/// <param name="contentUrls">The URLs of the pages made from the site's Markdown files (the rest are generated).</param>
public sealed partial class BuiltSite(string name, string directory, Uri address, IReadOnlyCollection<string> contentUrls)
{
    /// <summary>How many pages of one layout a browser check visits: generated sites have hundreds of OIT item pages of one shape.</summary>
    public const int PagesPerLayout = 6;

    public string Name { get; } = name;

    public string Directory { get; } = directory;

    public Uri Address { get; } = address;

    /// <summary>
    /// Every page rendered through the theme, as the root-relative URL it is served at (<c>a/b/index.html</c> →
    /// <c>/a/b/</c>), sorted. Redirect fallbacks (a link and a meta refresh) are not pages of the site.
    /// </summary>
    public IReadOnlyList<string> PageUrls { get; } = [.. Pages(directory).Select(p => p.Url)];

    /// <summary>The pages made from Markdown files, sorted: every one of them must show its dates and be in the sitemap.</summary>
    public IReadOnlyList<string> ContentPageUrls { get; } = [.. Pages(directory).Select(p => p.Url).Where(contentUrls.Contains)];

    /// <summary>
    /// The pages a browser check visits: every page type, each with up to <see cref="PagesPerLayout"/> pages
    /// (the first by URL), so the checks cover every layout in minutes however many pages a layout has.
    /// </summary>
    public IReadOnlyList<string> SampleUrls { get; } =
        [.. Pages(directory).GroupBy(p => p.Layout).SelectMany(g => g.Take(PagesPerLayout)).Select(p => p.Url).Order(StringComparer.Ordinal)];

    /// <summary>The layouts of the site's pages, content and generated alike.</summary>
    public IReadOnlySet<string> Layouts { get; } = Pages(directory).Select(p => p.Layout).ToHashSet(StringComparer.Ordinal);

    public string Absolute(string url) => new Uri(Address, url).ToString();

    /// <summary>The file a page URL is served from.</summary>
    public string FileOf(string url) =>
        Path.Combine(Directory, url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/'));

    public override string ToString() => Name;

    private static List<(string Url, string Layout)> Pages(string directory) =>
        [.. System.IO.Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories)
            .Select(f => (Url: UrlOf(Path.GetRelativePath(directory, f).Replace('\\', '/')), Layout: LayoutAttribute().Match(File.ReadAllText(f))))
            .Where(p => p.Layout.Success)
            .Select(p => (p.Url, p.Layout.Groups[1].Value))
            .OrderBy(p => p.Url, StringComparer.Ordinal)];

    private static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    /// <summary>base.liquid writes the page's layout on <c>&lt;body&gt;</c>; a redirect fallback has none.</summary>
    [GeneratedRegex("<body[^>]* data-layout=\"([^\"]+)\"")]
    private static partial Regex LayoutAttribute();
}
