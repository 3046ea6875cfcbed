using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Site;

/// <summary>
/// The validate stage: checks what a page's front matter refers to (attachments) against the site, that no placeholder of
/// <c>portal new</c> is left in a page, the words no line may break inside, and what features validate (<see cref="ISiteValidator"/>).
/// </summary>
internal static class SiteValidator
{
    public static void Validate(SiteModel site, IReadOnlyList<ISiteValidator> validators, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(p => p.FromContent))
        {
            foreach (var attachment in page.FrontMatter.Attachments)
            {
                ValidateAttachment(site, attachment, diagnostics);
            }

            ReportPlaceholder(page, diagnostics);
        }

        foreach (var validator in validators)
        {
            validator.Validate(site, diagnostics);
        }

        Thai.KeepWordList.Validate(site.Data, diagnostics);
    }

    /// <summary>The path of an attachment inside <c>input/</c> (<c>files/…</c>), or null when it would leave <c>input/files/</c>.</summary>
    public static string? AttachmentPath(AttachmentReference attachment)
    {
        var path = ContentPaths.Combine($"{ContentPaths.FilesFolder}/", attachment.File.TrimStart('/'));
        return path is not null && path.StartsWith(ContentPaths.FilesFolder + "/", StringComparison.Ordinal) ? path : null;
    }

    /// <summary>
    /// The first «เติม: …» left in the page's file: an error in a published page, a warning in a draft (seen only in
    /// previews), where staff may keep a value they do not know yet.
    /// </summary>
    private static void ReportPlaceholder(Page page, DiagnosticBag diagnostics)
    {
        if (page.Source!.FirstPlaceholder is not var (line, column))
        {
            return;
        }

        var location = new SourceLocation(page.Source.DisplayPath, line, column);
        const string thai = "ยังมีข้อความ «เติม: …» ที่ portal new เขียนไว้ ให้แทนที่ด้วยค่าจริงทุกแห่ง";
        const string english = "a «เติม: …» placeholder written by portal new is still here; replace every one with the real value";
        diagnostics.Add(page.FrontMatter.Draft
            ? Diagnostic.Warning(DiagnosticCode.PlaceholderLeft, location, thai + " ก่อนลบ draft: true", english + " before removing draft: true")
            : Diagnostic.Error(DiagnosticCode.PlaceholderLeft, location, thai, english));
    }

    private static void ValidateAttachment(SiteModel site, AttachmentReference attachment, DiagnosticBag diagnostics)
    {
        var path = AttachmentPath(attachment);
        if (path is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.PathOutsideInput, attachment.Location,
                $"ไฟล์แนบ '{attachment.File}' ต้องอยู่ใน input/files/", $"attachment '{attachment.File}' must be inside input/files/"));
        }
        else if (!site.HasFile(path))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.MissingAttachment, attachment.Location,
                $"ไม่พบไฟล์แนบ input/{path}", $"attachment file input/{path} does not exist"));
        }
    }
}
