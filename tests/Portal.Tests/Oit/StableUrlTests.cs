using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>Redirects become Netlify rules and HTML fallbacks; a listed URL that is neither built nor redirected fails the build; an unlisted one is a notice.</summary>
[Collection(CliRunner.Collection)]
public sealed class StableUrlTests
{
    [Fact]
    public void Redirects_become_forced_netlify_rules_and_fallback_pages_with_a_link_and_a_meta_refresh()
    {
        var (site, built) = Build(redirects: "- from: /old/ita.html\n  to: /about/\n- from: /structure\n  to: /old/ita.html\n- from: /index.php\n  to: /ita/2566/o1/\n");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            Assert.Equal("# Made by portal from input/_data/redirects.yml; edit that file, not this one.\n" +
                "/old/ita.html /about/ 301!\n/structure /about/ 301!\n/index.php /ita/2566/o1/ 301!\n", built.Text("_redirects"));
            var fallback = built.Html("old/ita.html");
            Assert.Equal("0; url=/about/", fallback.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(("/about/", "https://example.go.th/about/"), (fallback.QuerySelector("a")!.GetAttribute("href"), fallback.QuerySelector("a")!.TextContent));
            Assert.Empty(fallback.QuerySelectorAll("script"));
            Assert.True(built.Exists("structure/index.html"));
            Assert.False(built.Exists("index.php"));
        }
    }

    [Theory]
    [InlineData("- from: /a/\n  to: /b/\n- from: /b/\n  to: /a/\n", 1, "the redirects loop: /a/ → /b/ → /a/")]
    [InlineData("- from: /a/\n  to: /gone/\n", 1, "from: /a/ leads to /gone/, which the site does not build")]
    [InlineData("- from: /a/\n  to: /about\n", 1, "from: /a/ leads to /about, which the site does not build; did you mean /about/?")]
    [InlineData("- from: /about/\n  to: /\n", 1, "from: /about/ is a page the site builds; remove this entry, or the page")]
    [InlineData("- from: old\n  to: /\n", 1, "each entry needs from and to, site paths starting with / without ?, # or spaces, e.g. from: /old/ita.html and to: /ita/")]
    public void A_redirect_that_loops_leads_nowhere_or_is_badly_written_is_PT043_and_nothing_is_written(string redirects, int line, string english)
    {
        var (site, built) = Build(redirects: redirects);
        using (site)
        {
            var problem = built.Result.Diagnostics.First(d => d.Code.Id == "PT043");
            Assert.Equal((site.Display("_data/redirects.yml"), line, english), (problem.Location.Path, problem.Location.Line, problem.EnglishMessage));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Fact]
    public void A_published_url_that_is_neither_built_nor_redirected_fails_the_build_naming_the_url_and_the_fix()
    {
        var (site, built) = Build(published: "# kept\n/about/\n/removed/\n/files/procurement-2022-10.txt\n/ita/2566/o1/\n/ita/2566/coverage.csv\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
            Assert.Equal(("PT044", site.Display("_data/published-urls.txt"), 3), (problem.Code.Id, problem.Location.Path, problem.Location.Line));
            Assert.Equal("/removed/ was published (perhaps submitted in ITAS) but the site no longer builds it: restore it, or add to input/_data/redirects.yml: - { from: /removed/, to: /new-address/ }",
                problem.EnglishMessage);
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Fact]
    public void A_page_not_on_the_list_yet_is_a_notice_at_its_file_and_the_build_passes()
    {
        var (site, built) = Build(published: "# kept\n/about/\n");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            var notices = built.Result.Diagnostics.Where(d => d.Code.Id == "PT046").ToList();
            Assert.All(notices, n => Assert.Equal(Diagnostics.Severity.Notice, n.Severity));
            Assert.DoesNotContain(notices, n => n.EnglishMessage.StartsWith("/about/ ", StringComparison.Ordinal));
            var news = Assert.Single(notices, n => n.EnglishMessage.StartsWith("/procurement/ ", StringComparison.Ordinal));
            Assert.Equal("/procurement/ is new, not yet on published-urls.txt: it is recorded automatically once merged into main; nothing to do", news.EnglishMessage);
            Assert.EndsWith("procurement.md", news.Location.Path, StringComparison.Ordinal);
            Assert.Contains(notices, n => n.EnglishMessage.StartsWith("/files/procurement-2022-10.txt ", StringComparison.Ordinal) && n.Location.Path.EndsWith("procurement-2022-10.txt", StringComparison.Ordinal));
            // On a pull request it is a notice on the page's file, not an error that fails the check.
            Assert.StartsWith("::notice file=", new Diagnostics.GitHubDiagnosticFormatter().Line(news), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_prints_many_new_urls_as_one_counted_notice_with_the_first_urls_and_check_lists_each_one()
    {
        using var site = TempSite.Create("oit");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "published-urls.txt"), "/about/\n");

        var build = CliRunner.Run(site.Root, "build", "--theme", site.ThemeDirectory);
        var check = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory);

        Assert.True(build.ExitCode == 0, build.ToString());
        var each = check.ErrorLines.Where(l => l.Contains("PT046", StringComparison.Ordinal)).ToList();
        Assert.True(each.Count > Portal.Features.StableUrls.StableUrlsFeature.NewUrlsShown, check.ToString());
        var summary = Assert.Single(build.ErrorLines, l => l.Contains("PT046", StringComparison.Ordinal));
        Assert.Contains($"{each.Count} pages and files are new, not yet on published-urls.txt, such as ", summary, StringComparison.Ordinal);
        var firstUrls = check.ErrorLines.Where(l => l.Contains("PT046", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("(/", StringComparison.Ordinal) + 1)..]).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal).Take(Portal.Features.StableUrls.StableUrlsFeature.NewUrlsShown);
        Assert.True(summary.Contains($"such as {string.Join(", ", firstUrls)}: ", StringComparison.Ordinal), summary);
        Assert.Contains("see them all with portal check", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_url_that_is_redirected_keeps_the_build_working()
    {
        var (site, built) = Build(published: "/removed/\n", redirects: "- from: /removed/\n  to: /about/\n");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        }
    }

    [Fact]
    public void Urls_record_adds_every_page_and_file_sorted_keeping_the_header_and_old_entries()
    {
        using var site = TempSite.Create("oit");
        var list = Path.Combine(site.InputDirectory, "_data", "published-urls.txt");
        File.WriteAllText(list, "# header\n/zz-redirected/\n/about/\n");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "redirects.yml"), "- from: /zz-redirected/\n  to: /about/\n");

        var result = CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(list);
        Assert.Equal("# header", lines[0]);
        Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal), lines.Skip(1));
        Assert.Contains("/zz-redirected/", lines);
        Assert.Contains("/ita/2566/o5/", lines);
        Assert.Contains("/files/procurement-2022-11.txt", lines);
        Assert.DoesNotContain("/404.html", lines);
        Assert.DoesNotContain("/report-draft/", lines);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        Assert.Equal(0, CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory).ExitCode);
        Assert.Equal(lines, File.ReadAllLines(list));
    }

    [Fact]
    public void Urls_record_never_locks_a_news_archive_year_so_deleting_the_years_only_news_still_builds()
    {
        using var site = TempSite.Create("basic");
        var news = Path.Combine(site.InputDirectory, "news", "2026-12-01-new-year.md");
        File.WriteAllText(news, "---\ntitle: ข่าวปีงบประมาณใหม่\ndate: 2026-12-01\nlayout: news\n---\nข่าว\n");
        Assert.True(site.Build().Exists("news/archive/2570/index.html"));

        Assert.Equal(0, CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory).ExitCode);
        var lines = File.ReadAllLines(Path.Combine(site.InputDirectory, "_data", "published-urls.txt"));
        File.Delete(news);
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "redirects.yml"), "- from: /news/2026-12-01-new-year/\n  to: /news/\n");
        var built = site.Build();

        Assert.Contains("/news/2026-12-01-new-year/", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("/news/archive/", StringComparison.Ordinal));
        Assert.False(built.Exists("news/archive/2570/index.html"));
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
    }

    private static (TempSite Site, BuiltSite Built) Build(string? redirects = null, string? published = null) =>
        OitFixture.Build("oit", s =>
        {
            if (redirects is not null)
            {
                File.WriteAllText(Path.Combine(s.InputDirectory, "_data", "redirects.yml"), redirects);
            }

            if (published is not null)
            {
                File.WriteAllText(Path.Combine(s.InputDirectory, "_data", "published-urls.txt"), published);
            }
        });
}
