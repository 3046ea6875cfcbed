using Portal.Content;

namespace Portal.Site.Generators;

/// <summary><c>/sitemap/</c>, the list of every page for readers, when the theme has a layout for it and no page is already there.</summary>
internal sealed class HtmlSitemapGenerator : IPageGenerator
{
    public const string Url = "/sitemap/";
    public const string Layout = "sitemap";

    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        if (!context.Layouts.Contains(Layout) || context.Pages.Any(p => p.Url == Url))
        {
            return [];
        }

        return [new Page(PageOrigin.Generated, Url,
            new FrontMatter { Title = "แผนผังเว็บไซต์", Description = "รายการหน้าทั้งหมดในเว็บไซต์ จัดตามหมวด", Layout = Layout }, Source: null)];
    }
}
