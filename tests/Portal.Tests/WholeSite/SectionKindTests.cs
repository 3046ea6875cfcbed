namespace Portal.Tests.WholeSite;

/// <summary>A folder decides the kind of its pages (<c>input/news/_defaults.yml</c> says <c>kind: news</c>), as Hugo's sections do.</summary>
public sealed class SectionKindTests
{
    [Fact]
    public void A_page_in_the_news_folder_without_a_layout_is_a_news_item_on_the_home_page()
    {
        var (site, built) = TempSite.CreateAndBuild("section-kinds");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var latest = built.Page("/").QuerySelectorAll(".app-news-list__link").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["/news/2023-02-15-council-meeting/", "/news/2022-12-05-tree-planting/"], latest);

            // The news layout shows the publication date under the title; the plain page layout does not.
            var item = built.Page("/news/2023-02-15-council-meeting/");
            Assert.NotNull(item.QuerySelector("time[datetime='2023-02-15']"));
        }
    }

    [Fact]
    public void The_folders_own_index_page_is_the_section_page_and_keeps_its_layout()
    {
        var (site, built) = TempSite.CreateAndBuild("section-kinds");
        using (site)
        {
            var links = built.Page("/news/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("/news/2022-12-05-tree-planting/", links);
            Assert.DoesNotContain(built.Page("/").QuerySelectorAll(".app-news-list__link"), a => a.GetAttribute("href") == "/news/");
        }
    }

    [Fact]
    public void A_news_item_made_news_by_its_folder_still_needs_a_date()
    {
        using var site = TempSite.Create("section-kinds");
        File.WriteAllText(Path.Combine(site.InputDirectory, "news", "undated.md"), "---\ntitle: ข่าวไม่มีวันที่\n---\nเนื้อหา\n");

        var built = site.Build();

        var problem = Assert.Single(built.Result.Diagnostics);
        Assert.Equal("PT017", problem.Code.Id);
        Assert.Equal(new Portal.Diagnostics.SourceLocation(site.Display("news/undated.md"), 1, 1), problem.Location);
        Assert.Equal("a page of kind 'news' needs 'date'", problem.EnglishMessage);
    }

    [Fact]
    public void A_bad_key_in_a_folders_defaults_is_reported_once_at_the_defaults_file()
    {
        using var site = TempSite.Create("section-kinds");
        File.AppendAllText(Path.Combine(site.InputDirectory, "news", "_defaults.yml"), "catgory: ข่าว\n");

        var built = site.Build();

        var problem = Assert.Single(built.Result.Diagnostics);
        Assert.Equal("PT003", problem.Code.Id);
        Assert.Equal(new Portal.Diagnostics.SourceLocation(site.Display("news/_defaults.yml"), 4, 1), problem.Location);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void An_unknown_kind_is_an_error_with_a_hint()
    {
        using var site = TempSite.Create("section-kinds");
        File.WriteAllText(Path.Combine(site.InputDirectory, "news", "_defaults.yml"), "kind: nwes\n");

        var built = site.Build();

        Assert.Contains(built.Result.Diagnostics, d => d.Code.Id == "PT005"
            && d.Location == new Portal.Diagnostics.SourceLocation(site.Display("news/_defaults.yml"), 1, 7)
            && d.EnglishMessage.Contains("did you mean 'news'", StringComparison.Ordinal));
    }
}
