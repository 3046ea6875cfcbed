using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;
using Portal.Thai;

namespace Portal.Markdown;

/// <summary>
/// Checks every link and image in a page and rewrites links to <c>.md</c> files and to files under
/// <c>input/files/</c> into the URLs they are published at. Each broken or unsafe link is reported at
/// its own line and column.
/// </summary>
internal static class LinkRewriter
{
    public static void Rewrite(MarkdownDocument document, SourceFile file, ILinkTargets targets, ICollection<Diagnostic> diagnostics)
    {
        foreach (var inline in MarkdownTree.AllNodes(document).OfType<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    link.Url = Resolve(url, Location(file, link), file, targets, diagnostics);
                    break;
                case AutolinkInline { IsEmail: false, Url: { } url } autolink:
                    var resolved = Resolve(url, Location(file, autolink), file, targets, diagnostics);
                    if (resolved != url)
                    {
                        // An autolink shows its URL as its text; keep the text the author wrote.
                        var link = new LinkInline(resolved, "");
                        link.AppendChild(new LiteralInline(url));
                        autolink.ReplaceBy(link);
                        MarkdownTree.Forget(document);
                    }

                    break;
            }
        }
    }

    private static SourceLocation Location(SourceFile file, Inline inline) => new(file.DisplayPath, inline.Line + 1, inline.Column + 1);

    private static string Resolve(string url, SourceLocation location, SourceFile file, ILinkTargets targets, ICollection<Diagnostic> diagnostics)
    {
        if (!ContentCharacters.IsAllowed(Uri.UnescapeDataString(url)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.ForbiddenCharacter, location,
                $"ลิงก์ '{url}' มีอักขระควบคุมหรืออักขระต้องห้าม (แม้เขียนแบบ %xx) ให้ลบออก",
                $"link '{url}' holds a control character or noncharacter (even written as %xx); delete it"));
            return "#";
        }

        if (url.StartsWith('#'))
        {
            return Fragment(url);
        }

        if (url.Length == 0 || url.StartsWith('?') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        if (UrlSchemes.Unsafe(url) is { } scheme)
        {
            var (schemeThai, schemeEnglish) = UrlSchemes.Message(scheme);
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnsafeLink, location, schemeThai, schemeEnglish));
            return "#";
        }

        if (UrlSchemes.HasScheme(url))
        {
            return url;
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
                return PageUrls.EscapePath(pageUrl) + Fragment(suffix);
            }

            diagnostics.Add(targets.IsUnpublishedDraft(target)
                ? Diagnostic.Error(DiagnosticCode.BrokenPageLink, location,
                    $"หน้า '{path}' (input/{target}) เป็นฉบับร่าง (draft: true) จึงไม่ถูกเผยแพร่ ลิงก์นี้จะเสีย",
                    $"link to a draft page that is not published: '{path}' (input/{target} has draft: true)")
                : Diagnostic.Error(DiagnosticCode.BrokenPageLink, location,
                    $"ไม่พบหน้า '{path}' (input/{target}) ที่ลิงก์ชี้ไป", $"link to a page that does not exist: '{path}' (input/{target})"));
            return url;
        }

        if (path.StartsWith('/') && targets.IsPublishedUrl(path))
        {
            return PageUrls.EscapePath(path) + Fragment(suffix);
        }

        if (targets.HasFile(target))
        {
            return PageUrls.EscapePath("/" + target) + Fragment(suffix);
        }

        var (code, thai, english) = path.StartsWith('/') && !target.StartsWith(ContentPaths.FilesFolder + "/", StringComparison.Ordinal)
            ? (DiagnosticCode.BrokenPageLink, $"ไม่พบหน้า '{path}' ในเว็บไซต์", $"link to a page that does not exist: '{path}'")
            : (DiagnosticCode.BrokenFileLink, $"ไม่พบไฟล์ '{path}' (ไฟล์ต้องอยู่ใน input/files/ และลิงก์ไปยังหน้าอื่นให้ชี้ที่ไฟล์ .md)",
                $"link to a file that does not exist: '{path}' (files live under input/files/; link to other pages by their .md file)");
        diagnostics.Add(Diagnostic.Error(code, location, thai, english));
        return url;
    }

    /// <summary>Heading ids are normalised Thai (<see cref="ThaiText.Normalize"/>); a fragment typed with the other SARA AM spelling must still reach them.</summary>
    /// <remarks>The fragment is written percent-encoded, so every href is a valid URL; browsers decode it to find the id.</remarks>
    private static string Fragment(string suffix)
    {
        var hash = suffix.IndexOf('#');
        return hash < 0 ? suffix : suffix[..(hash + 1)] + PageUrls.EscapeFragment(ThaiText.Normalize(Uri.UnescapeDataString(suffix[(hash + 1)..])));
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }
}
