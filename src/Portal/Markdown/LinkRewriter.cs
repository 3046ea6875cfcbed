using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Checks every link and image in a page and rewrites links to <c>.md</c> files and to files under
/// <c>input/files/</c> into the URLs they are published at. Each broken or unsafe link is reported at
/// its own line and column.
/// </summary>
public static partial class LinkRewriter
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    public static void Rewrite(MarkdownDocument document, SourceFile file, ILinkTargets targets, ICollection<Diagnostic> diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
            {
                link.Url = Resolve(url, link, file, targets, diagnostics);
            }
        }
    }

    private static string Resolve(string url, LinkInline link, SourceFile file, ILinkTargets targets, ICollection<Diagnostic> diagnostics)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        var location = new SourceLocation(file.DisplayPath, link.Line + 1, link.Column + 1);
        if (SchemePattern().Match(url) is { Success: true } scheme)
        {
            if (SafeSchemes.Contains(scheme.Groups[1].Value))
            {
                return url;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnsafeLink, location,
                $"ลิงก์แบบ '{scheme.Groups[1].Value}:' ไม่อนุญาต ใช้ได้เฉพาะ http, https, mailto และ tel",
                $"links with the '{scheme.Groups[1].Value}:' scheme are not allowed; use http, https, mailto or tel"));
            return "#";
        }

        var (path, suffix) = SplitSuffix(Uri.UnescapeDataString(url));
        var target = ContentPaths.Combine(file.RelativePath, path);
        if (target is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PathOutsideInput, location,
                $"ลิงก์ '{url}' ชี้ออกนอกโฟลเดอร์ input/", $"link '{url}' leads outside the input folder"));
            return "#";
        }

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (targets.UrlOfSource(target) is { } pageUrl)
            {
                return pageUrl + suffix;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCode.BrokenPageLink, location,
                $"ไม่พบหน้า '{path}' (input/{target}) ที่ลิงก์ชี้ไป", $"link to a page that does not exist: '{path}' (input/{target})"));
            return url;
        }

        if (path.StartsWith('/') && targets.IsPublishedUrl(path))
        {
            return url;
        }

        if (targets.HasFile(target))
        {
            return "/" + target + suffix;
        }

        var (code, thai, english) = path.StartsWith('/') && !target.StartsWith(ContentPaths.FilesFolder + "/", StringComparison.Ordinal)
            ? (DiagnosticCode.BrokenPageLink, $"ไม่พบหน้า '{path}' ในเว็บไซต์", $"link to a page that does not exist: '{path}'")
            : (DiagnosticCode.BrokenFileLink, $"ไม่พบไฟล์ '{path}' (ไฟล์ต้องอยู่ใน input/files/ และลิงก์ไปยังหน้าอื่นให้ชี้ที่ไฟล์ .md)",
                $"link to a file that does not exist: '{path}' (files live under input/files/; link to other pages by their .md file)");
        diagnostics.Add(Diagnostic.Error(code, location, thai, english));
        return url;
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
