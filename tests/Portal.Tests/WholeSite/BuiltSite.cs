using System.Collections.Concurrent;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.WholeSite;

/// <summary>The result of one build and read access to what it wrote; HTML pages are parsed with AngleSharp once and cached.</summary>
public sealed class BuiltSite(BuildResult result, string outputDirectory, string inputDirectory)
{
    private readonly ConcurrentDictionary<string, IHtmlDocument> _documents = new(StringComparer.Ordinal);

    public BuildResult Result { get; } = result;

    public string OutputDirectory { get; } = outputDirectory;

    public string InputDirectory { get; } = inputDirectory;

    public string PathOf(string relativePath) => Path.Combine(OutputDirectory, relativePath);

    public bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    public string Text(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public byte[] Bytes(string relativePath) => File.ReadAllBytes(PathOf(relativePath));

    public XDocument Xml(string relativePath) => XDocument.Parse(Text(relativePath), LoadOptions.SetLineInfo);

    public IHtmlDocument Html(string relativePath) =>
        _documents.GetOrAdd(relativePath, path =>
        {
            Assert.True(Exists(path), $"{path} was not written");
            return new HtmlParser().ParseDocument(Text(path));
        });

    /// <summary>The HTML page published at a root-relative URL (<c>/a/b/</c> → <c>a/b/index.html</c>).</summary>
    public IHtmlDocument Page(string url) => Html(OutputPathOf(url));

    /// <summary>Every file written, relative to the output folder with <c>/</c>, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> HtmlFiles() => [.. Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal))];

    /// <summary>
    /// The links of a page that do not resolve in this build: a root-relative URL with no file behind it, or a
    /// fragment (on this page or on the target page) with no element of that id. External links are not checked.
    /// </summary>
    public IReadOnlyList<string> BrokenLinks(string file)
    {
        var page = Html(file);
        var broken = new List<string>();
        foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
        {
            if (href.StartsWith('#'))
            {
                if (href.Length > 1 && page.GetElementById(Uri.UnescapeDataString(href[1..])) is null)
                {
                    broken.Add(href);
                }

                continue;
            }

            if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var cut = href.IndexOfAny(['#', '?']);
            var target = OutputPathOf(Uri.UnescapeDataString(cut < 0 ? href : href[..cut]));
            if (!Exists(target))
            {
                broken.Add(href);
            }
            else if (cut >= 0 && href[cut] == '#' && target.EndsWith(".html", StringComparison.Ordinal)
                && Html(target).GetElementById(Uri.UnescapeDataString(href[(cut + 1)..])) is null)
            {
                broken.Add(href);
            }
        }

        return broken;
    }

    public static string OutputPathOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>The root-relative URL a page file is served at (<c>a/b/index.html</c> → <c>/a/b/</c>).</summary>
    public static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;
}
