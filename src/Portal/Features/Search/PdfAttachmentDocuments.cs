using Portal.Content;
using Portal.Diagnostics;
using Portal.Features.Oit;
using Portal.Output;
using Portal.Rendering;
using Portal.Site;
using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// The PDFs under <c>input/files/</c> that indexed pages list in <c>attachments:</c> or link to, as search
/// documents: each PDF once, at its own <c>/files/…</c> URL, with the page that lists it
/// (<see cref="SearchDocument.ListedOn"/>) giving its section, date and fiscal year. A PDF whose text is
/// not searchable (<see cref="PdfTextStatus"/>) is indexed by its title only; one that cannot be read is
/// also a warning.
/// </summary>
internal static class PdfAttachmentDocuments
{
    public static IEnumerable<SearchDocument> Documents(OutputContext context)
    {
        var listings = Listings(context.Site, context.Pages);
        var texts = context.Session.Get<PdfTextCache>().Texts(listings.Select(l => l.File));
        foreach (var listing in listings)
        {
            var text = texts[listing.File.RelativePath];
            if (text.Status == PdfTextStatus.Unreadable)
            {
                context.Diagnostics.Add(Diagnostic.Warning(DiagnosticCode.PdfUnreadable, new SourceLocation(listing.File.DisplayPath),
                    $"อ่านไฟล์ PDF ไม่ได้ ไฟล์อาจเสียหายหรือมีรหัสผ่าน จึงค้นหาได้จากชื่อเท่านั้น ให้บันทึกเป็น PDF ใหม่",
                    $"the PDF cannot be read (it may be damaged or locked with a password), so search finds it by its title only; save it as a PDF again ({text.Problem})"));
            }

            var page = listing.Page;
            var (section, sectionTitle) = SearchOutput.SectionOf(context.Site, page);
            yield return new SearchDocument(PageUrls.EscapePath("/" + listing.File.RelativePath), listing.Title, "", section, sectionTitle,
                page.Dates.Published ?? page.Dates.Modified, page.FrontMatter.FiscalYear, listing.OitItems, PackedText.From(text.Text))
            {
                ListedOn = new SearchListing(PageUrls.EscapePath(page.Url), page.Title),
            };
        }
    }

    /// <summary>Each PDF with the first page (in URL order) that lists it in <c>attachments:</c>, whose title it takes, else the first that links to it.</summary>
    private static List<Listing> Listings(SiteModel site, IReadOnlyList<RenderedPage> pages)
    {
        var indexed = pages.Where(p => SearchOutput.IsIndexed(p.Page)).ToList();
        var listings = new Dictionary<string, Listing>(StringComparer.Ordinal);
        foreach (var rendered in indexed)
        {
            foreach (var attachment in rendered.Page.FrontMatter.Attachments)
            {
                if (PdfAt(site, SiteValidator.AttachmentPath(attachment)) is { } file)
                {
                    listings.TryAdd(file.RelativePath, new Listing(file, attachment.Title, rendered.Page, [.. OitClaims.Of(attachment).Select(c => $"{c.Year}/{c.Code}").Distinct()]));
                }
            }
        }

        foreach (var rendered in indexed)
        {
            foreach (var link in rendered.Outline.Links)
            {
                if (PdfAt(site, LinkedPath(link.Href)) is { } file)
                {
                    listings.TryAdd(file.RelativePath, new Listing(file, Path.GetFileName(file.RelativePath), rendered.Page, []));
                }
            }
        }

        return [.. listings.Values.OrderBy(l => l.File.RelativePath, StringComparer.Ordinal)];
    }

    private static StaticFile? PdfAt(SiteModel site, string? path) =>
        path is not null && path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? site.FileAt(path) : null;

    /// <summary>The file a published link points at, inside <c>input/</c> (<c>/files/a%20b.pdf#page=2</c> → <c>files/a b.pdf</c>).</summary>
    private static string? LinkedPath(string href)
    {
        var end = href.IndexOfAny(['#', '?']);
        var path = end < 0 ? href : href[..end];
        return path.StartsWith('/') ? Uri.UnescapeDataString(path[1..]) : null;
    }

    private sealed record Listing(StaticFile File, string Title, Page Page, IReadOnlyList<string> OitItems);
}
