using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Site;

/// <summary>The model stage: gives each page its URL, drops drafts (unless asked), adds generated pages, and reports URL clashes.</summary>
public static class SiteModelBuilder
{
    public const string NotFoundUrl = "/404.html";
    public const string NotFoundLayout = "404";
    public const string SitemapUrl = "/sitemap/";
    public const string SitemapLayout = "sitemap";

    /// <param name="themeLayouts">The theme's layouts: the HTML sitemap is generated when the theme has a layout for it.</param>
    public static SiteModel Build(LoadedContent content, string? baseUrlOverride, bool includeDrafts, IReadOnlyCollection<string> themeLayouts, DiagnosticBag diagnostics)
    {
        var siteFile = content.Data.FirstOrDefault(d => d.Key == SiteSettings.DataKey);
        var settings = SiteSettings.From(siteFile?.Value, baseUrlOverride);
        if (siteFile is not null && baseUrlOverride is null && !SiteSettings.IsValidBaseUrl(settings.BaseUrl))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, new SourceLocation(siteFile.DisplayPath),
                $"base_url '{settings.BaseUrl}' ต้องเป็นที่อยู่เว็บเต็ม เช่น https://www.banbuengcity.go.th",
                $"base_url '{settings.BaseUrl}' must be an absolute http(s) address, e.g. https://www.banbuengcity.go.th"));
        }

        var pages = content.Pages
            .Where(p => includeDrafts || !p.FrontMatter.Draft)
            .Select(p => new Page(PageKind.Markdown, PageUrls.FromSourcePath(p.File.RelativePath), p.FrontMatter, p.File))
            .ToList();
        ReportDuplicateUrls(pages, diagnostics);

        pages.Add(new Page(PageKind.Generated, NotFoundUrl,
            new FrontMatter { Title = "ไม่พบหน้าที่ต้องการ", Layout = NotFoundLayout }, Source: null));
        if (themeLayouts.Contains(SitemapLayout) && pages.All(p => p.Url != SitemapUrl))
        {
            pages.Add(new Page(PageKind.Generated, SitemapUrl,
                new FrontMatter { Title = "แผนผังเว็บไซต์", Description = "รายการหน้าทั้งหมดในเว็บไซต์ จัดตามหมวด", Layout = SitemapLayout }, Source: null));
        }

        var unpublishedDrafts = content.Pages
            .Where(p => p.FrontMatter.Draft && !includeDrafts)
            .Select(p => p.File.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        return new SiteModel(settings, pages, content.Data, content.Files, unpublishedDrafts);
    }

    private static void ReportDuplicateUrls(IEnumerable<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var clash in pages.GroupBy(p => p.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = clash.OrderBy(p => p.Source!.RelativePath, StringComparer.Ordinal).ToList();
            var first = ordered[0].Source!.DisplayPath;
            foreach (var page in ordered.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.DuplicateUrl, new SourceLocation(page.Source!.DisplayPath),
                    $"URL {clash.Key} ซ้ำกับหน้า {first} ให้เปลี่ยนชื่อไฟล์หนึ่งในสองไฟล์",
                    $"URL {clash.Key} is also produced by {first}; rename one of the two files"));
            }
        }
    }
}
