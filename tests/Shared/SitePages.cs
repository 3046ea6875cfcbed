using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>The pages of a built site, read from its output folder, and the pages its Markdown files make.</summary>
internal static partial class SitePages
{
    /// <summary>
    /// Every page rendered through the theme, as the root-relative URL it is served at (<c>a/b/index.html</c> →
    /// <c>/a/b/</c>) with its layout, sorted by URL. Redirect fallbacks (a link and a meta refresh) are not pages of the site.
    /// </summary>
    public static IReadOnlyList<(string Url, string Layout)> Of(string outputDirectory) =>
        [.. Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => (Url: UrlOf(Path.GetRelativePath(outputDirectory, f).Replace('\\', '/')), Layout: LayoutAttribute().Match(File.ReadAllText(f))))
            .Where(p => p.Layout.Success)
            .Select(p => (p.Url, p.Layout.Groups[1].Value))
            .OrderBy(p => p.Url, StringComparer.Ordinal)];

    /// <summary>The URLs of the pages made from Markdown files under <paramref name="inputDirectory"/>, as the build gives them.</summary>
    public static IReadOnlySet<string> FromMarkdown(string inputDirectory) =>
        Directory.EnumerateFiles(inputDirectory, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(inputDirectory, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('_') || s.StartsWith('.')) && !p.StartsWith(Content.ContentPaths.FilesFolder + "/", StringComparison.Ordinal))
            .Select(Site.PageUrls.FromSourcePath)
            .ToHashSet(StringComparer.Ordinal);

    private static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    /// <summary>base.liquid writes the page's layout on <c>&lt;body&gt;</c>; a redirect fallback has none.</summary>
    [GeneratedRegex("<body[^>]* data-layout=\"([^\"]+)\"")]
    private static partial Regex LayoutAttribute();
}
