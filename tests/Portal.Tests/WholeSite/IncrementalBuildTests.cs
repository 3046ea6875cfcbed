using System.Text;
using Portal.Content;
using Portal.Features;
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
    public void A_changed_front_matter_renders_the_page_the_pages_that_link_to_it_and_the_pages_that_list_pages()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Retitle(site, "about/structure.md");
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

        Retitle(site, "about/index.md");
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
    public void A_changed_body_renders_only_the_page_and_the_pages_that_link_to_it_when_what_lists_show_is_unchanged()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Touch(site, "about/structure.md", "\n## ส่วนใหม่\n\nย่อหน้าใหม่\n");
        var again = session.Build(target);

        Assert.True(again.Succeeded, TempSite.Describe(again.Diagnostics));
        Assert.Equal(["/about/history/", "/about/structure/"], session.RenderedUrls.Order(StringComparer.Ordinal));
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_changed_oit_evidence_page_renders_the_oit_pages_it_counts_for()
    {
        using var site = TempSite.Create("oit");
        var (session, target) = BuiltSession(site);
        var report = Path.Combine(site.InputDirectory, "report-2567.md");

        File.WriteAllText(report, File.ReadAllText(report).Replace("oit: [\"2567/O1\"]", "oit: []", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(report, DateTime.UtcNow.AddMinutes(1));
        var again = session.Build(target);

        Assert.True(again.Succeeded, TempSite.Describe(again.Diagnostics));
        Assert.Contains("/ita/2567/coverage/", session.RenderedUrls);
        AssertSameAsFreshBuild(site, target);
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
    public void A_preview_serves_the_changed_page_with_the_previous_search_index_and_once_complete_equals_a_fresh_build()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);
        var index = SearchFiles(target);

        Touch(site, "about/structure.md", "\nคำค้นใหม่ไม่ซ้ำใคร\n");
        var preview = session.Preview(target, InputChanges.Unknown);

        Assert.True(preview.Result.Succeeded, TempSite.Describe(preview.Result.Diagnostics));
        Assert.True(preview.Pending);
        Assert.Contains("คำค้นใหม่ไม่ซ้ำใคร", Encoding.UTF8.GetString(target.Files["about/structure/index.html"]), StringComparison.Ordinal);
        Assert.Equal(index, SearchFiles(target));
        Assert.True(preview.Complete());
        Assert.NotEqual(index, SearchFiles(target));
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_preview_completes_its_search_index_beside_a_pdf_that_cannot_be_read()
    {
        // The index warns PT050 for the damaged PDF; made after the pages, that warning must not stop it.
        using var site = PdfAttachmentSearchTests.CreateSite();
        var (session, target) = BuiltSession(site);

        Touch(site, "index.md", "\nคำค้นใหม่ไม่ซ้ำใคร\n");
        var preview = session.Preview(target, InputChanges.Unknown);

        Assert.True(preview.Result.Succeeded, TempSite.Describe(preview.Result.Diagnostics));
        Assert.True(preview.Complete());
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_preview_overtaken_by_a_newer_build_does_not_complete_and_the_newer_one_gives_a_fresh_build()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        Touch(site, "about/structure.md", "\nฉบับแรก\n");
        var older = session.Preview(target, InputChanges.Unknown);
        Touch(site, "about/history.md", "\nฉบับที่สอง\n");
        var newer = session.Preview(target, InputChanges.Unknown);

        Assert.False(older.Complete());
        Assert.True(newer.Complete());
        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public async Task A_preview_completing_beside_the_next_build_never_replaces_its_newer_pages()
    {
        using var site = TempSite.Create("basic");
        var (session, target) = BuiltSession(site);

        for (var version = 1; version <= 5; version++)
        {
            Touch(site, "about/history.md", $"\nฉบับที่ {version}\n");
            var preview = session.Preview(target, InputChanges.Unknown);
            var completing = Task.Run(preview.Complete);
            Touch(site, "about/history.md", $"\nฉบับที่ {version} แก้อีกครั้ง\n");
            var newer = session.Preview(target, InputChanges.Unknown);
            await completing;

            Assert.Contains($"ฉบับที่ {version} แก้อีกครั้ง", Encoding.UTF8.GetString(target.Files["about/history/index.html"]), StringComparison.Ordinal);
            Assert.True(newer.Complete());
        }

        AssertSameAsFreshBuild(site, target);
    }

    [Fact]
    public void A_preview_with_nothing_deferred_yet_makes_the_whole_site_at_once()
    {
        using var site = TempSite.Create("basic");
        var target = new MemoryTarget();

        var first = new BuildSession(site.Options(), PortalFeatures.Parts).Preview(target, InputChanges.Unknown);

        Assert.False(first.Pending);
        Assert.False(first.Complete());
        AssertSameAsFreshBuild(site, target);
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

    private static Dictionary<string, string> SearchFiles(MemoryTarget target) =>
        target.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value));

    private static (BuildSession Session, MemoryTarget Target) BuiltSession(TempSite site)
    {
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);
        var target = new MemoryTarget();
        var first = session.Build(target);
        Assert.True(first.Succeeded, TempSite.Describe(first.Diagnostics));
        Assert.Equal(target.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)), session.RenderedUrls.Count);
        return (session, target);
    }

    /// <summary>Changes the title in a page's front matter, as an editor's save does.</summary>
    private static void Retitle(TempSite site, string relativePath)
    {
        var path = Path.Combine(site.InputDirectory, relativePath);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: ", "title: ชื่อใหม่ ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
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
        Assert.True(new BuildSession(site.Options(), PortalFeatures.Parts).Build(fresh).Succeeded);
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), target.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(target.Files[f.Key]), $"{f.Key} differs from a fresh build"));
    }
}
