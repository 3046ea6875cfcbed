using System.Xml.Linq;

namespace Portal.Tests.WholeSite;

/// <summary>The news archive by fiscal year, ten items a page, with the feed and the latest news on the home page.</summary>
public sealed class NewsArchiveTests
{
    [Fact]
    public void The_archive_lists_each_fiscal_year_newest_first_with_its_count()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var years = built.Page("/news/archive/").QuerySelectorAll(".app-archive-years__item");
            Assert.Equal(["ปีงบประมาณ 2566 (12 ข่าว)", "ปีงบประมาณ 2565 (2 ข่าว)"],
                years.Select(y => string.Join(" ", y.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
            Assert.Equal(["/news/archive/2566/", "/news/archive/2565/"], years.Select(y => y.QuerySelector("a")!.GetAttribute("href")));
        }
    }

    [Fact]
    public void A_year_with_more_than_ten_items_is_split_into_pages_that_link_to_each_other()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            var first = built.Page("/news/archive/2566/");
            var firstItems = first.QuerySelectorAll(".app-index__link").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(10, firstItems.Count);
            Assert.Equal("/news/2023-09-15-news/", firstItems[0]);
            Assert.Equal("/news/2022-12-15-news/", firstItems[^1]);
            Assert.Null(first.QuerySelector("a[rel=prev]"));
            Assert.Equal("/news/archive/2566/2/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

            var second = built.Page("/news/archive/2566/2/");
            Assert.Equal(["/news/2022-11-15-news/", "/news/2022-10-15-news/"], second.QuerySelectorAll(".app-index__link").Select(a => a.GetAttribute("href")));
            Assert.Equal("/news/archive/2566/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
            Assert.Null(second.QuerySelector("a[rel=next]"));
            Assert.Equal("ข่าวปีงบประมาณ 2566 (หน้า 2 จาก 2)", second.QuerySelector("h1")!.TextContent);

            var older = built.Page("/news/archive/2565/");
            Assert.Null(older.QuerySelector(".app-pagination"));
            Assert.Equal(["/news/2022-03-01-old/", "/news/2021-10-01-old/"], older.QuerySelectorAll(".app-index__link").Select(a => a.GetAttribute("href")));
            foreach (var page in new[] { "news/archive/index.html", "news/archive/2566/index.html", "news/archive/2566/2/index.html", "news/archive/2565/index.html" })
            {
                Assert.Empty(built.BrokenLinks(page));
            }
        }
    }

    [Fact]
    public void The_feed_and_the_home_page_show_the_newest_news_first()
    {
        var (site, built) = TempSite.CreateAndBuild("citizen");
        using (site)
        {
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var entries = built.Xml("feed.xml").Root!.Elements(atom + "entry").ToList();
            Assert.Equal(14, entries.Count);
            Assert.Equal("ข่าวทดสอบเดือน 09", entries[0].Element(atom + "title")!.Value);
            Assert.DoesNotContain(entries, e => e.Element(atom + "title")!.Value.StartsWith("คลังข่าว", StringComparison.Ordinal)
                || e.Element(atom + "title")!.Value.StartsWith("ข่าวปีงบประมาณ", StringComparison.Ordinal));
            Assert.Equal("/news/2023-09-15-news/", built.Page("/").QuerySelector(".app-news-list__link")!.GetAttribute("href"));
        }
    }
}
