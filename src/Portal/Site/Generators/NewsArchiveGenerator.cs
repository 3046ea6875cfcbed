using System.Globalization;
using Portal.Content;
using Portal.Kinds;
using Portal.Thai;

namespace Portal.Site.Generators;

/// <summary>
/// The news archive: <c>/news/archive/</c> lists the fiscal years that have news, and each year has its own pages
/// (<c>/news/archive/2566/</c>, then <c>/news/archive/2566/2/</c>…), <see cref="PageSize"/> items a page, newest
/// first. Made when the theme has the <c>news-archive</c> layout and there is news.
/// </summary>
internal sealed class NewsArchiveGenerator : IPageGenerator
{
    public const string Url = "/news/archive/";
    public const string Layout = "news-archive";
    public const int PageSize = 10;

    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        var news = context.Pages
            .Where(p => p.Kind is NewsKind && p.FrontMatter.FiscalYear is not null)
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        if (!context.Layouts.Contains(Layout) || news.Count == 0)
        {
            return [];
        }

        var years = news.GroupBy(p => p.FrontMatter.FiscalYear!.Value).OrderByDescending(g => g.Key).ToList();
        var yearLinks = years.Select(y => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fiscal_year"] = y.Key.BuddhistYear,
            ["url"] = YearUrl(y.Key, 1),
            ["count"] = y.Count(),
        }).ToList();

        var pages = new List<Page>
        {
            Archive(Url, "คลังข่าวตามปีงบประมาณ", $"ข่าวของ{context.Settings.Organization.Word} จัดตามปีงบประมาณ (1 ตุลาคม ถึง 30 กันยายน)", null,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["years"] = yearLinks }),
        };
        foreach (var year in years)
        {
            var chunks = year.Chunk(PageSize).ToList();
            for (var number = 1; number <= chunks.Count; number++)
            {
                var title = chunks.Count == 1
                    ? $"ข่าวปีงบประมาณ {year.Key}"
                    : string.Create(CultureInfo.InvariantCulture, $"ข่าวปีงบประมาณ {year.Key} (หน้า {number} จาก {chunks.Count})");
                pages.Add(Archive(YearUrl(year.Key, number), title, null, year.Key, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["years"] = yearLinks,
                    ["items"] = chunks[number - 1].Select(Item).ToList(),
                    ["page_number"] = number,
                    ["page_count"] = chunks.Count,
                    ["previous_url"] = number > 1 ? YearUrl(year.Key, number - 1) : null,
                    ["next_url"] = number < chunks.Count ? YearUrl(year.Key, number + 1) : null,
                }));
            }
        }

        return pages;
    }

    private static string YearUrl(FiscalYear year, int number) =>
        number == 1 ? $"{Url}{year}/" : string.Create(CultureInfo.InvariantCulture, $"{Url}{year}/{number}/");

    private static Dictionary<string, object?> Item(Page page) => new(StringComparer.Ordinal)
    {
        ["title"] = page.Title,
        ["url"] = page.Url,
        ["date"] = page.FrontMatter.Date,
        ["description"] = page.FrontMatter.Description,
    };

    private static Page Archive(string url, string title, string? description, FiscalYear? year, Dictionary<string, object?> values) =>
        new(PageOrigin.Generated, url, new FrontMatter
        {
            Title = title,
            Description = description,
            Layout = Layout,
            Kind = ArchiveKind.Instance,
            FiscalYearOverride = year,
            Fields = values,
        }, Source: null)
        {
            FollowsContent = true,
        };

    /// <summary>The kind of the generated archive pages: what templates see is the generator's values, not front matter staff write.</summary>
    private sealed class ArchiveKind : PageKind
    {
        public static readonly ArchiveKind Instance = new();

        public override string Name => NewsArchiveGenerator.Layout;

        public override string ThaiName => "คลังข่าว";

        public override IEnumerable<KeyValuePair<string, object?>> TemplateValues(Site.Page page) => page.FrontMatter.Fields;
    }
}
