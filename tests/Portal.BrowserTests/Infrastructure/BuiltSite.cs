namespace Portal.BrowserTests.Infrastructure;

/// <summary>A site built into a folder and served over HTTP: where its files are, where it answers, which pages it has.</summary>
public sealed class BuiltSite(string name, string directory, Uri address)
{
    public string Name { get; } = name;

    public string Directory { get; } = directory;

    public Uri Address { get; } = address;

    /// <summary>Every HTML page, as the root-relative URL it is served at (<c>a/b/index.html</c> → <c>/a/b/</c>), sorted.</summary>
    public IReadOnlyList<string> PageUrls { get; } =
        [.. System.IO.Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories)
            .Select(f => UrlOf(Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];

    public string Absolute(string url) => new Uri(Address, url).ToString();

    /// <summary>The file a page URL is served from.</summary>
    public string FileOf(string url) =>
        Path.Combine(Directory, url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/'));

    private static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    public override string ToString() => Name;
}
