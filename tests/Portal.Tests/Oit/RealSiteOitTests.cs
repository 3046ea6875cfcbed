using System.Text.Json;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>The real site's OIT: every year with a catalog has its pages and reports, and only what the seed supports is claimed.</summary>
public sealed class RealSiteOitTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => real.Built;

    [Theory]
    [InlineData(2565, 43)]
    [InlineData(2566, 43)]
    [InlineData(2567, 43)]
    [InlineData(2568, 28)]
    [InlineData(2569, 26)]
    public void Each_catalog_year_has_an_index_a_page_per_item_and_both_reports(int year, int items)
    {
        Assert.Equal(items, Site.Page($"/ita/{year}/").QuerySelectorAll(".app-oit-list__link").Length);
        for (var code = 1; code <= items; code++)
        {
            Assert.True(Site.Exists($"ita/{year}/o{code}/index.html"), $"/ita/{year}/o{code}/ is missing");
        }

        Assert.True(Site.Exists($"ita/{year}/coverage/index.html"));
        Assert.Equal(items, JsonDocument.Parse(Site.Text($"ita/{year}/coverage.json")).RootElement.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal(items + 1, Site.Text($"ita/{year}/coverage.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Only_2566_o_42_is_covered_by_the_integrity_measures_report_and_its_pages()
    {
        var covered = new[] { 2565, 2566, 2567, 2568, 2569 }
            .SelectMany(year => JsonDocument.Parse(Site.Text($"ita/{year}/coverage.json")).RootElement.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("status").GetString() != "missing")
                .Select(i => $"{year}/{i.GetProperty("code").GetString()}:{i.GetProperty("status").GetString()}"));
        Assert.Equal(["2566/O42:covered"], covered);
        Assert.Equal("OIT 2566 · O42", Site.Page("/ita/measures-2566/").QuerySelector(".app-page-meta ~ .app-oit-badges a")!.TextContent);
    }

    [Fact]
    public void The_ita_page_names_the_catalog_years_and_the_latest_and_the_home_page_links_it()
    {
        var ita = Site.Page("/ita/");
        Assert.Equal(["/ita/2569/", "/ita/2568/", "/ita/2567/", "/ita/2566/", "/ita/2565/"],
            ita.QuerySelectorAll(".app-oit-years__link").Select(a => a.GetAttribute("href")));
        Assert.Contains("ปีล่าสุดที่มีรายการคือ พ.ศ. 2569", ita.QuerySelector(".app-oit-years")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2570", ita.QuerySelector(".app-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Site.Page("/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/ita/");
    }

    [Fact]
    public void Every_built_page_and_file_is_on_the_published_url_list_or_noted_as_new_without_failing_the_build()
    {
        var listed = File.ReadAllLines(Path.Combine(Site.InputDirectory, "_data", "published-urls.txt")).Where(l => l.StartsWith('/')).ToHashSet();
        // Redirect fallbacks (a meta refresh to the new address) keep an old address working; they are redirects, not pages.
        // The web editor (/admin/) is a tool for staff, not a page promised to ITAS.
        var built = Site.Files().Where(f => f.EndsWith("index.html", StringComparison.Ordinal) && !Site.Text(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)
                && !f.StartsWith(Portal.Cms.CmsOutput.Folder, StringComparison.Ordinal))
            .Select(f => "/" + f[..^"index.html".Length])
            .Concat(Site.Files().Where(f => f.StartsWith("files/", StringComparison.Ordinal)).Select(f => "/" + f));
        // A page added since the last merge to main is not listed yet (the workflow records it after the merge): the build says so and passes.
        var noted = Site.Result.Diagnostics.Where(d => d.Code == Portal.Diagnostics.DiagnosticCode.PublishedUrlNew)
            .Select(d => d.EnglishMessage[..d.EnglishMessage.IndexOf(' ', StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
        Assert.True(Site.Result.Succeeded);
        Assert.Equal(built.Where(u => !listed.Contains(u)).Order(StringComparer.Ordinal), noted);
    }
}

/// <summary>The promise to ITAS on the real content: a published page removed without a redirect fails the build, and a redirect mends it.</summary>
public sealed class RealSitePublishedUrlTests
{
    private const string Removed = "news/2018-03-06-community-forum.md";

    [Fact]
    public void Removing_a_published_page_without_a_redirect_fails_the_build_and_a_redirect_mends_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", $"real-removed-{Guid.NewGuid():N}");
        try
        {
            var input = Path.Combine(root, "input");
            TempSite.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "input"), input);
            File.Delete(Path.Combine(input, Removed));
            var options = new BuildOptions(input, TestPaths.RealTheme, Path.Combine(root, "_site"));

            var failed = SiteBuild.Run(options);

            var problem = Assert.Single(failed.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error);
            Assert.Equal("PT044", problem.Code.Id);
            Assert.StartsWith("/news/2018-03-06-community-forum/ was published", problem.EnglishMessage, StringComparison.Ordinal);
            Assert.False(Directory.Exists(options.OutputDirectory));

            File.AppendAllText(Path.Combine(input, "_data", "redirects.yml"), "- from: /news/2018-03-06-community-forum/\n  to: /news/\n");
            Assert.True(SiteBuild.Run(options).Succeeded);
            Assert.Contains("/news/2018-03-06-community-forum/ /news/ 301!", File.ReadAllText(Path.Combine(options.OutputDirectory, "_redirects")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
