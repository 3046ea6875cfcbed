using System.Runtime.CompilerServices;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Site.Generators;

namespace Portal.Site;

/// <summary>
/// The model stage: types every page's front matter against its kind (the one schema check), gives
/// each page its URL, drops drafts (unless asked), reports URL clashes, and adds the generators' pages.
/// </summary>
internal static class SiteModelBuilder
{
    /// <param name="themeLayouts">The theme's layouts: a page's layout must be one, and generators may depend on them.</param>
    /// <param name="today">The day of the build (<see cref="BuildDate"/>), for generators whose pages depend on it.</param>
    /// <param name="alreadyTyped">Front matter already typed, by page as read; a session keeps it while the theme and every <c>_defaults.yml</c> are unchanged.</param>
    public static SiteModel Build(LoadedContent content, BuildParts parts, string? baseUrlOverride, bool includeDrafts, IReadOnlyCollection<string> themeLayouts, DiagnosticBag diagnostics,
        DateOnly today, ConditionalWeakTable<PageSource, TypedFrontMatter>? alreadyTyped = null)
    {
        var siteFile = content.Data.FirstOrDefault(d => d.Key == SiteSettings.DataKey);
        var settings = SiteSettings.From(siteFile?.Value, baseUrlOverride) with { Organization = Organization.Read(siteFile, diagnostics) };
        if (siteFile is not null && baseUrlOverride is null && !SiteSettings.IsValidBaseUrl(settings.BaseUrl))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, new SourceLocation(siteFile.DisplayPath),
                $"base_url '{settings.BaseUrl}' ต้องเป็นที่อยู่เว็บเต็ม เช่น https://www.example.go.th",
                $"base_url '{settings.BaseUrl}' must be an absolute http(s) address, e.g. https://www.example.go.th"));
        }

        var typed = new Page[content.Pages.Count];
        Parallel.For(0, typed.Length, i =>
        {
            var source = content.Pages[i];
            TypedFrontMatter Read(PageSource page)
            {
                var problems = new DiagnosticBag();
                var defaults = FolderDefaults.For(page.File.RelativePath, content.Defaults);
                var frontMatter = FrontMatterReader.Read(page.FrontMatter, parts.Kinds, defaults, themeLayouts, problems);
                return new TypedFrontMatter(frontMatter, problems.ToSortedList());
            }

            var (frontMatter, problems) = alreadyTyped?.GetValue(source, Read) ?? Read(source);
            typed[i] = new Page(PageOrigin.Content, PageUrls.FromSourcePath(source.File.RelativePath), frontMatter, source.File)
            {
                Dates = PageDates.Of(frontMatter, content.History.For(source.File.RelativePath)),
            };
            diagnostics.AddRange(problems);
        });

        var pages = typed.Where(p => includeDrafts || !p.FrontMatter.Draft).ToList();
        var leftOut = typed.Where(p => p.FrontMatter.Draft && !includeDrafts).ToList();
        ReportDuplicateUrls(pages, diagnostics);
        foreach (var generator in parts.Generators)
        {
            pages.AddRange(generator.Generate(new GeneratorContext(settings, pages, content.Data, themeLayouts, diagnostics, today, generator.SeesDrafts ? leftOut : null)));
        }

        var unpublishedDrafts = leftOut
            .Select(p => p.Source!.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        return new SiteModel(settings, pages, content.Data, content.Files, unpublishedDrafts) { Today = today };
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
