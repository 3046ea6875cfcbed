using System.Diagnostics;
using System.Text;
using Portal.Features;
using Portal.Output;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Honest dates: a page shows when it was published and last changed. <c>updated</c> wins; otherwise the
/// last commit that touched the file; otherwise <c>date</c>. Checked in a temporary repository whose
/// commits have known dates.
/// </summary>
public sealed class GitDatesTests
{
    [Fact]
    public void The_last_change_comes_from_the_last_commit_and_publication_from_the_first_when_there_is_no_date()
    {
        using var site = CommittedSite();
        Commit(site, "2024-03-01T10:00:00+07:00", "about/structure.md", "\nเพิ่มข้อความ\n");
        Commit(site, "2024-05-20T23:30:00+00:00", "about/structure.md", "\nแก้อีกครั้ง\n");   // 21 May in Thailand

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Equal(0, built.Result.PagesWithoutHistory);
        Assert.Equal(("2023-06-01", "2024-05-21"), Dates(built, "/about/structure/"));
        Assert.Contains("<lastmod>2024-05-21</lastmod>", built.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Updated_in_front_matter_wins_over_git_and_date_stays_the_publication_date()
    {
        using var site = CommittedSite();

        var built = site.Build();

        // about/history.md has date 2022-11-01 and updated 2023-01-10.
        Assert.Equal(("2022-11-01", "2023-01-10"), Dates(built, "/about/history/"));
    }

    [Fact]
    public void A_news_item_shows_its_last_commit_as_its_last_change_but_the_feed_keeps_the_dates_of_its_content()
    {
        using var site = CommittedSite();

        var built = site.Build();

        Assert.Equal(("2023-02-15", "2023-06-01"), Dates(built, "/news/2023-02-15-council-meeting/"));
        var feed = built.Xml("feed.xml");
        var atom = (System.Xml.Linq.XNamespace)"http://www.w3.org/2005/Atom";
        var entry = feed.Descendants(atom + "entry").Single(e => e.Element(atom + "id")!.Value.EndsWith("/news/2023-02-15-council-meeting/", StringComparison.Ordinal));
        // A commit (an import, a typo fixed) is not news: the feed dates an entry by its own date or updated.
        Assert.Equal("2023-02-15T00:00:00+07:00", entry.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Without_git_history_date_stands_in_and_the_build_says_how_many_pages()
    {
        var (site, built) = TempSite.CreateAndBuild("basic");
        using (site)
        {
            // Published pages with neither `updated` nor history: every content page but the draft and
            // about/history.md, which has `updated`.
            var contentPages = Directory.EnumerateFiles(site.InputDirectory, "*.md", SearchOption.AllDirectories).Count();
            Assert.Equal(contentPages - 2, built.Result.PagesWithoutHistory);
            Assert.Equal(("2023-02-15", "2023-02-15"), Dates(built, "/news/2023-02-15-council-meeting/"));
        }
    }

    [Fact]
    public void The_same_commit_builds_the_same_bytes()
    {
        using var site = CommittedSite();

        var first = TempSite.Snapshot(site.Build(Path.Combine(site.Root, "out-1")).OutputDirectory);
        var second = TempSite.Snapshot(site.Build(Path.Combine(site.Root, "out-2")).OutputDirectory);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_session_reads_the_history_again_after_a_commit_and_then_builds_what_a_fresh_build_does()
    {
        using var site = CommittedSite();
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);
        var target = new MemoryTarget();
        Assert.True(session.Build(target).Succeeded);

        Commit(site, "2024-05-20T10:00:00+07:00", "about/structure.md", "\nแก้หลังเปิดตัวอย่าง\n");
        session.Build(target);

        var fresh = new MemoryTarget();
        new BuildSession(site.Options(), PortalFeatures.Parts).Build(fresh);
        Assert.Contains("<lastmod>2024-05-20</lastmod>", Encoding.UTF8.GetString(target.Files["sitemap.xml"]), StringComparison.Ordinal);
        Assert.Equal(fresh.Files["sitemap.xml"], target.Files["sitemap.xml"]);
    }

    private static (string? Published, string? Modified) Dates(BuiltSite built, string url)
    {
        string? Value(string label) => built.Page(url).QuerySelectorAll(".app-page-dates__item")
            .FirstOrDefault(i => i.QuerySelector("dt")!.TextContent == label)?.QuerySelector("time")?.GetAttribute("datetime");
        return (Value("เผยแพร่"), Value("ปรับปรุงล่าสุด"));
    }

    /// <summary>The basic fixture committed in one commit on 1 June 2023 (Thailand).</summary>
    private static TempSite CommittedSite()
    {
        var site = TempSite.Create("basic");
        Git(site, null, "init", "--quiet");
        Git(site, null, "add", "input");
        Git(site, "2023-06-01T09:00:00+07:00", "commit", "--quiet", "-m", "เนื้อหาแรก");
        return site;
    }

    private static void Commit(TempSite site, string date, string page, string appended)
    {
        File.AppendAllText(Path.Combine(site.InputDirectory, page), appended);
        Git(site, null, "add", "input");
        Git(site, date, "commit", "--quiet", "-m", "แก้ไข");
    }

    private static void Git(TempSite site, string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "ทดสอบ";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.invalid";
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
    }
}
