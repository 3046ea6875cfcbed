using System.Text.Json;
using System.Xml.Linq;
using Portal.Diagnostics;
using Portal.Features;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The real Ban Bueng content (<c>input/</c>) and theme, built once per test run into a temporary folder and shared by
/// every class that reads it; the repository is only read.
/// </summary>
public sealed class RealSiteFixture
{
    private static readonly Lazy<BuiltSite> Shared = new(() => RealSiteBuild.Of(Path.Combine(TestPaths.RepositoryRoot, "input"), "real-site"));

    public BuiltSite Built { get; } = Shared.Value;
}

/// <summary>
/// A copy of the real content with the edits staff are meant to make: the contact details filled in, an OIT claim and a
/// news item added, a draft started, and an old news item removed with its redirect. The real-site checks must hold on
/// it as on the real site, so staff doing their work never turn the tests red.
/// </summary>
public sealed class EditedRealSiteFixture
{
    private static readonly Lazy<(BuiltSite Site, string Claim)> Shared = new(Build);

    public BuiltSite Built { get; } = Shared.Value.Site;

    /// <summary>The OIT item the added news item claims, as <c>2569/O1</c>.</summary>
    public string Claim { get; } = Shared.Value.Claim;

    private static (BuiltSite, string) Build()
    {
        var input = Path.Combine(RealSiteBuild.TemporaryRoot("edited-input"), "input");
        TempSite.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "input"), input);

        var siteYml = Path.Combine(input, "_data", "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("""
            contact:
              address:
              phone:
              email:
              hours:
              map_url:
            """, """
            contact:
              address: 99 หมู่ 1 ถนนตัวอย่าง ตำบลบ้านบึง
              phone: 038 123 456
              email: contact@example.go.th
              hours: จันทร์ถึงศุกร์ 08.30–16.30 น.
              map_url: https://maps.example.org/banbueng
            """, StringComparison.Ordinal));

        var claim = AnnualItemOfTheLatestCatalog(input);
        File.WriteAllText(Path.Combine(input, "news", "2026-11-20-new-structure.md"), $"""
            ---
            title: เผยแพร่แผนผังโครงสร้างใหม่
            date: 2026-11-20
            oit: ["{claim}"]
            ---
            เทศบาลเผยแพร่แผนผังโครงสร้างการแบ่งส่วนราชการฉบับใหม่
            """);
        File.WriteAllText(Path.Combine(input, "news", "2026-11-25-draft.md"), """
            ---
            title: ข่าวที่ยังไม่เผยแพร่
            date: 2026-11-25
            draft: true
            ---
            ร่างข่าว
            """);

        var published = File.ReadAllLines(Path.Combine(input, "_data", "published-urls.txt")).ToHashSet(StringComparer.Ordinal);
        var removed = Directory.EnumerateFiles(Path.Combine(input, "news"), "*.md").Order(StringComparer.Ordinal)
            .First(f => published.Contains($"/news/{Path.GetFileNameWithoutExtension(f)}/"));
        File.Delete(removed);
        File.AppendAllText(Path.Combine(input, "_data", "redirects.yml"), $"\n- from: /news/{Path.GetFileNameWithoutExtension(removed)}/\n  to: /news/\n");

        return (RealSiteBuild.Of(input, "edited-site"), claim);
    }

    /// <summary>An item of the newest catalog that a page may claim without a month (<c>2569/O1</c>).</summary>
    private static string AnnualItemOfTheLatestCatalog(string input)
    {
        var catalog = Directory.EnumerateFiles(Path.Combine(input, "_data", "oit"), "*.yml").Max(StringComparer.Ordinal)!;
        var yaml = new YamlStream();
        using (var reader = new StreamReader(catalog))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var item = ((YamlSequenceNode)root["items"]).Cast<YamlMappingNode>().First(i => i["period"].ToString() != "monthly");
        return $"{root["fiscal_year"]}/{item["code"]}";
    }
}

/// <summary>Builds a content folder with the real theme into a temporary folder that is removed when the test run ends.</summary>
internal static class RealSiteBuild
{
    public static BuiltSite Of(string input, string name)
    {
        var output = Path.Combine(TemporaryRoot(name), "_site");
        return new BuiltSite(SiteBuild.Run(new BuildOptions(input, TestPaths.RealTheme, output, AsOf: TempSite.Today), PortalFeatures.Parts), output, input);
    }

    public static string TemporaryRoot(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder must not fail the run.
            }
        };
        return root;
    }
}

/// <summary>
/// What must hold of the real site whatever its content: it builds without errors; every page is Thai, has one h1 and
/// no broken internal link; each OIT year is whole; contact values are real or say they await confirmation; and the
/// published-URL promise is kept. These are invariants, never the content itself: cases live in fixture sites.
/// </summary>
public abstract class RealSiteChecks
{
    protected abstract BuiltSite Site { get; }

    [Fact]
    public void It_builds_without_errors()
    {
        Assert.True(Site.Result.Succeeded, TempSite.Describe(Site.Result.Diagnostics));
        Assert.True(Site.Exists("index.html"));
        Assert.True(Site.Exists("404.html"));
    }

    [Fact]
    public void Every_page_is_thai_with_one_h_1_and_no_broken_internal_link()
    {
        var problems = new List<string>();
        foreach (var file in Site.HtmlFiles())
        {
            var page = Site.Html(file);
            if (page.DocumentElement.GetAttribute("lang") != "th")
            {
                problems.Add($"{file}: lang is not th");
            }

            if (page.QuerySelectorAll("h1").Length != 1)
            {
                problems.Add($"{file}: {page.QuerySelectorAll("h1").Length} h1 elements");
            }

            problems.AddRange(Site.BrokenLinks(file).Select(href => $"{file}: broken link {href}"));
        }

        Assert.NotEmpty(Site.HtmlFiles());
        Assert.Empty(problems);
    }

    [Fact]
    public void Each_oit_year_has_an_index_a_page_per_item_and_both_reports_that_agree()
    {
        var years = CatalogYears();
        Assert.NotEmpty(years);
        foreach (var year in years)
        {
            var report = JsonDocument.Parse(Site.Text($"ita/{year}/coverage.json")).RootElement;
            var codes = report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!.ToLowerInvariant()).ToList();

            Assert.Equal(codes.Count, Site.Page($"/ita/{year}/").QuerySelectorAll(".app-oit-list__link").Length);
            Assert.All(codes, code => Assert.True(Site.Exists($"ita/{year}/{code}/index.html"), $"/ita/{year}/{code}/ is missing"));
            Assert.Equal(codes.Count, report.GetProperty("summary").GetProperty("total").GetInt32());
            Assert.Equal(codes.Count + 1, Site.Text($"ita/{year}/coverage.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(Site.Exists($"ita/{year}/coverage/index.html"));
            var history = Site.Page("/ita/history/").QuerySelectorAll("tbody tr")
                .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/ita/{year}/coverage/").QuerySelectorAll("td").Select(c => c.TextContent);
            var summary = report.GetProperty("summary");
            Assert.Equal(new[] { "covered", "stale", "draft", "missing", "total" }.Select(s => summary.GetProperty(s).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), history);
        }
    }

    [Fact]
    public void No_public_page_shows_a_catalog_source_or_note_a_verification_note_per_item_or_an_instruction_for_staff()
    {
        Assert.Empty(Portal.Tests.Oit.OitPublicText.Problems(Site));
    }

    [Fact]
    public void Sitemap_xml_lists_every_written_page_but_404_and_the_html_sitemap_links_every_oit_year()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = Site.Xml("sitemap.xml").Root!.Elements(sitemap + "url").Select(u => new Uri(u.Element(sitemap + "loc")!.Value).AbsolutePath).ToList();
        // Pages, not the 404 page, the web editor or the stubs that redirect old addresses.
        var pages = Site.HtmlFiles()
            .Where(f => f != "404.html" && !f.StartsWith("admin/", StringComparison.Ordinal) && Site.Html(f).QuerySelector("meta[http-equiv=refresh]") is null)
            .Select(BuiltSite.UrlOf).ToList();

        Assert.Equal(pages.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        var links = Site.Page("/sitemap/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(CatalogYears(), year => Assert.Contains($"/ita/{year}/", links));
    }

    [Fact]
    public void Every_item_with_evidence_links_to_pages_of_the_site()
    {
        foreach (var year in CatalogYears())
        {
            var items = JsonDocument.Parse(Site.Text($"ita/{year}/coverage.json")).RootElement.GetProperty("items").EnumerateArray();
            foreach (var item in items.Where(i => i.GetProperty("status").GetString() is "covered" or "stale"))
            {
                var evidence = item.GetProperty("evidence").EnumerateArray().Select(e => new Uri(e.GetProperty("url").GetString()!).AbsolutePath).ToList();
                Assert.NotEmpty(evidence);
                Assert.All(evidence, url => Assert.True(Site.Exists(BuiltSite.OutputPathOf(url)) || Site.Exists(url.TrimStart('/')), $"{year}/{item.GetProperty("code")}: {url}"));
            }
        }
    }

    [Fact]
    public void The_ita_page_lists_every_catalog_year_newest_first_and_the_home_page_links_it()
    {
        var years = CatalogYears();
        var ita = Site.Page("/ita/");

        Assert.Equal(years.OrderDescending().Select(y => $"/ita/{y}/"), ita.QuerySelectorAll(".app-oit-years__link").Select(a => a.GetAttribute("href")));
        Assert.Contains($"ปีล่าสุดที่มีรายการคือ พ.ศ. {years.Max()}", ita.QuerySelector(".app-oit-years")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Site.Page("/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/ita/");
        var current = Portal.Thai.FiscalYear.Containing(TempSite.Today).BuddhistYear;
        Assert.Equal(!years.Contains(current), ita.QuerySelector(".app-oit-current")?.TextContent.Contains($"ปีงบประมาณ พ.ศ. {current}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Each_contact_value_is_shown_or_listed_once_as_awaiting_confirmation_with_one_warning_and_the_footer_links_the_page()
    {
        var contact = Site.Page("/contact/");
        var shown = contact.QuerySelectorAll(".app-summary__value");
        var pending = contact.QuerySelectorAll("h2#unconfirmed ~ ul.app-unconfirmed-list > li");
        var warnings = Site.Result.Diagnostics.Count(d => d.Code == DiagnosticCode.UnconfirmedValue
            && d.Location.Path.EndsWith("site.yml", StringComparison.Ordinal) && d.ThaiMessage.Contains("(contact.", StringComparison.Ordinal));

        Assert.Equal(5, shown.Length + pending.Length);
        Assert.All(shown, v => Assert.False(string.IsNullOrWhiteSpace(v.TextContent), "an empty contact value"));
        Assert.Equal(pending.Length, warnings);
        Assert.Empty(contact.QuerySelectorAll("main .app-unconfirmed")); // never a pending cell
        Assert.Contains(Site.Page("/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/contact/");
    }

    [Fact]
    public void The_contact_page_offers_a_channel_one_can_use_before_anything_that_awaits_confirmation()
    {
        var main = Site.Page("/contact/").QuerySelector("main")!;
        var firstChannel = main.QuerySelector("a[href^='tel:'], a[href^='mailto:'], .app-channels a[href^='http']");

        Assert.NotNull(firstChannel);
        var pendingHeading = main.QuerySelector("h2#unconfirmed");
        if (pendingHeading is not null)
        {
            Assert.True(firstChannel.CompareDocumentPosition(pendingHeading).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        }
    }

    [Fact]
    public void Every_complaint_channel_dials_or_links_and_what_awaits_confirmation_is_listed_once()
    {
        var page = Site.Page("/complaints/");

        Assert.NotEmpty(page.QuerySelectorAll(".app-channels a[href^='tel:'], .app-channels a[href^='http']"));
        Assert.Empty(page.QuerySelectorAll(".app-channels .app-unconfirmed"));
        Assert.True(page.QuerySelectorAll("h2#unconfirmed").Length <= 1);
        Assert.All(page.QuerySelectorAll("a[href^='tel:']"), a => Assert.Matches(@"^tel:\+?[0-9]+$", a.GetAttribute("href")));
    }

    [Fact]
    public void Every_built_page_and_file_is_on_the_published_url_list_or_noted_as_new_without_failing_the_build()
    {
        var listed = File.ReadAllLines(Path.Combine(Site.InputDirectory, "_data", "published-urls.txt")).Where(l => l.StartsWith('/')).ToHashSet();
        // Redirect fallbacks (a meta refresh to the new address) keep an old address working; they are redirects, not pages.
        // The web editor (/admin/) is a tool for staff, not a page promised to ITAS; the news archive comes and goes with the news.
        var built = Site.Files().Where(f => f.EndsWith("index.html", StringComparison.Ordinal) && !Site.Text(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)
                && !f.StartsWith(Portal.Features.Editor.CmsOutput.Folder, StringComparison.Ordinal) && !f.StartsWith("news/archive/", StringComparison.Ordinal))
            .Select(f => "/" + f[..^"index.html".Length])
            .Concat(Site.Files().Where(f => f.StartsWith("files/", StringComparison.Ordinal)).Select(f => "/" + f));
        // A page added since the last merge to main is not listed yet (the workflow records it after the merge): the build says so and passes.
        var noted = Site.Result.Diagnostics.Where(d => d.Code == DiagnosticCode.PublishedUrlNew)
            .Select(d => d.EnglishMessage[..d.EnglishMessage.IndexOf(' ', StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
        Assert.True(Site.Result.Succeeded);
        Assert.Equal(built.Where(u => !listed.Contains(u)).Order(StringComparer.Ordinal), noted);
        Assert.DoesNotContain(listed, u => u.StartsWith("/news/archive/", StringComparison.Ordinal));
    }

    private List<int> CatalogYears() =>
        [.. Directory.EnumerateFiles(Path.Combine(Site.InputDirectory, "_data", "oit"), "*.yml").Select(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>The real-site checks on the real content.</summary>
public sealed class RealSiteTests(RealSiteFixture real) : RealSiteChecks, IClassFixture<RealSiteFixture>
{
    protected override BuiltSite Site => real.Built;
}

/// <summary>The real-site checks on a copy with the edits staff make: they hold there too.</summary>
public sealed class EditedRealSiteTests(EditedRealSiteFixture edited) : RealSiteChecks, IClassFixture<EditedRealSiteFixture>
{
    protected override BuiltSite Site => edited.Built;

    [Fact]
    public void The_edits_took_effect()
    {
        Assert.DoesNotContain(Site.Page("/contact/").QuerySelectorAll(".app-summary__value"), v => v.TextContent.Trim() == "รอยืนยันจากเทศบาล");
        Assert.True(Site.Exists("news/2026-11-20-new-structure/index.html"));
        Assert.False(Site.Exists("news/2026-11-25-draft/index.html"));
        var (year, code) = (edited.Claim.Split('/')[0], edited.Claim.Split('/')[1]);
        var item = JsonDocument.Parse(Site.Text($"ita/{year}/coverage.json")).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == code);
        Assert.NotEqual("missing", item.GetProperty("status").GetString());
    }
}
