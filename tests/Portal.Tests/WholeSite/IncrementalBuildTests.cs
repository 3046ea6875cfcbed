using Portal.Output;

namespace Portal.Tests.WholeSite;

/// <summary>
/// A session's second build renders only the pages a change touches (docs/architecture.md, "Build
/// sessions"), and the site it makes is byte for byte the one a fresh build makes.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_build_with_nothing_changed_renders_no_page_and_keeps_the_same_site()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        var again = session.Build(target);

        Assert.True(again.Succeeded, TempSite.Describe(again.Diagnostics));
        Assert.Empty(session.RenderedUrls);
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_changed_page_renders_itself_the_pages_that_link_to_it_and_the_pages_that_list_pages()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Touch(site, "about/structure.md", "\n## ส่วนใหม่\n\nย่อหน้าใหม่\n");
        var again = session.Build(target);

        Assert.True(again.Succeeded, TempSite.Describe(again.Diagnostics));
        Assert.Contains("/about/structure/", session.RenderedUrls);
        Assert.Contains("/about/history/", session.RenderedUrls);
        Assert.Contains("/", session.RenderedUrls);
        Assert.Contains("/news/", session.RenderedUrls);
        Assert.DoesNotContain("/ita/results/", session.RenderedUrls);
        Assert.DoesNotContain("/news/2022-12-05-tree-planting/", session.RenderedUrls);
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_changed_title_reaches_the_breadcrumbs_of_the_pages_below()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);
        var about = Path.Combine(site.InputDirectory, "about", "index.md");

        File.WriteAllText(about, File.ReadAllText(about).Replace("title: ", "title: หมวดใหม่ ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(about, DateTime.UtcNow.AddMinutes(1));
        session.Build(target);

        Assert.Contains("/about/structure/", session.RenderedUrls);
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_removed_page_renders_the_pages_that_linked_to_it_which_now_report_the_broken_link()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        File.Delete(Path.Combine(site.InputDirectory, "about", "structure.md"));
        var again = session.Build(target);

        Assert.Contains("/about/history/", session.RenderedUrls);
        Assert.Contains(again.Diagnostics, d => d.Code.Id == "PT007" && d.Location.Path.EndsWith("about/history.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_data_file_renders_only_the_pages_whose_layouts_read_it()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Touch(site, "_data/ita_results.yml", "\n# ความเห็นท้ายไฟล์\n");
        session.Build(target);

        Assert.Contains("/ita/results/", session.RenderedUrls);
        Assert.DoesNotContain("/about/history/", session.RenderedUrls);
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_changed_theme_file_renders_every_page()
    {
        using var site = TempSite.Create("basic");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(site.ThemeDirectory, theme);
        var themed = site.WithTheme(theme);
        var (session, target) = BuiltSession(themed);

        var footer = Path.Combine(theme, "partials", "footer.liquid");
        File.AppendAllText(footer, "\n<p class=\"app-footer__note\">ข้อความท้ายหน้าใหม่</p>\n");
        File.SetLastWriteTimeUtc(footer, DateTime.UtcNow.AddMinutes(1));
        session.Build(target);

        Assert.Equal(target.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)), session.RenderedUrls.Count);
        AssertSameAsFreshBuild(themed, target);
    }

    [Fact]
    public void A_changed_list_of_words_kept_on_one_line_renders_every_page()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Touch(site, "_data/thai-words.txt", "งบประมาณ\n");
        session.Build(target);

        Assert.Equal(target.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)), session.RenderedUrls.Count);
        AssertSameAsFreshBuild(site, target);
    }

    private static (BuildSession Session, MemoryTarget Target) BuiltSession(TempSite site)
    {
        var session = new BuildSession(site.Options());
        var target = new MemoryTarget();
        var first = session.Build(target);
        Assert.True(first.Succeeded, TempSite.Describe(first.Diagnostics));
        Assert.Equal(target.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)), session.RenderedUrls.Count);
        return (session, target);
    }

    /// <summary>Appends to a file of input/ and moves its time on, as an editor's save does.</summary>
    private static void Touch(TempSite site, string relativePath, string text)
    {
        var path = Path.Combine(site.InputDirectory, relativePath);
        File.AppendAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
    }

    private static void AssertSameAsFreshBuild(TempSite site, MemoryTarget target)
    {
        var fresh = new MemoryTarget();
        Assert.True(new BuildSession(site.Options()).Build(fresh).Succeeded);
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), target.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(target.Files[f.Key]), $"{f.Key} differs from a fresh build"));
    }
}
