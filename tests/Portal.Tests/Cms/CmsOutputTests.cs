using System.Text;
using Portal.Content;
using Portal.Features;
using Portal.Features.Editor;
using Portal.Output;
using Portal.Serve;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Cms;

/// <summary>The web editor's generated configuration (/admin/config.yml), what the published site does without a git host, and /admin/'s CSP.</summary>
public sealed class CmsOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"cms-{Guid.NewGuid():N}");

    [Fact]
    public void Every_kinds_required_keys_are_required_fields_and_no_other_key_is()
    {
        foreach (var kind in PortalFeatures.Parts.Kinds.All)
        {
            var fields = new CmsFields([], "input/files").For(kind).ToList();
            var required = fields.Where(f => f.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("required"), out var r) && r.ToString() == "true")
                .Select(f => f["name"].ToString()).Order(StringComparer.Ordinal);

            Assert.Equal(kind.RequiredKeys.Append(FrontMatterKeys.Title).Order(StringComparer.Ordinal), required);
        }
    }

    [Fact]
    public void A_list_whose_kind_accepts_a_word_for_none_offers_that_word_beside_the_list()
    {
        var service = PortalFeatures.Parts.Kinds.Find("service")!;
        Assert.Equal(["documents", "fees"], service.Fields.Where(f => f.None is not null).Select(f => f.Key));
        foreach (var kind in PortalFeatures.Parts.Kinds.All)
        {
            var form = new CmsFields([], "input/files").For(kind).ToDictionary(f => f["name"].ToString());
            foreach (var field in kind.Fields.Where(f => f.None is not null))
            {
                Assert.Equal(CmsFields.ListOrNone, form[field.Key]["widget"].ToString());
                Assert.Equal(field.None, form[field.Key]["none"].ToString());
            }
        }
    }

    [Fact]
    public void The_editor_loads_portals_additions_after_Decap_for_every_backend_the_configuration_can_name()
    {
        var site = Build(CopyRealInputWithGitHost());

        var page = Encoding.UTF8.GetString(site.Files[CmsOutput.PagePath]);
        var decap = page.IndexOf($"/{CmsOutput.Folder}{DecapBundle.Folder}{DecapBundle.Script}", StringComparison.Ordinal);
        Assert.InRange(decap, 0, page.IndexOf($"<script src=\"/{CmsOutput.ExtensionsPath}\">", StringComparison.Ordinal));
        var script = Encoding.UTF8.GetString(site.Files[CmsOutput.ExtensionsPath]);
        var wrapped = script[script.IndexOf("var backends = [", StringComparison.Ordinal)..].Split('\n')[0];
        foreach (var backend in CmsBackend.ApiOrigins.Keys.Append("proxy"))
        {
            Assert.Contains($"'{backend}'", wrapped, StringComparison.Ordinal);
        }

        Assert.Contains($"CMS.registerWidget('{CmsFields.ListOrNone}'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_is_the_same_bytes_for_the_same_site_and_lists_the_oit_items_by_year_and_title()
    {
        var input = CopyRealInputWithGitHost();
        var first = Build(input);
        var second = Build(input);

        var config = Encoding.UTF8.GetString(first.Files[CmsOutput.ConfigPath]);
        Assert.Equal(first.Files[CmsOutput.ConfigPath], second.Files[CmsOutput.ConfigPath]);
        Assert.Contains("locale: \"th\"", config, StringComparison.Ordinal);
        Assert.Contains("publish_mode: \"editorial_workflow\"", config, StringComparison.Ordinal);
        Assert.Contains("repo: \"owner/site\"", config, StringComparison.Ordinal);
        Assert.Contains("media_folder: \"input/files\"", config, StringComparison.Ordinal);
        Assert.Contains("label: \"2566/O42 — มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\"", config, StringComparison.Ordinal);
        Assert.Contains("folder: \"input/news\"", config, StringComparison.Ordinal);
        Assert.Contains("folder: \"input/services\"", config, StringComparison.Ordinal);
        Assert.Contains("name: \"kind-data-table\"", config, StringComparison.Ordinal);
        // New files are named from an English slug field, dated where the kind needs a date; the Thai title stays the title.
        Assert.Contains("slug: \"{{fields.date}}-{{fields.slug}}\"", config, StringComparison.Ordinal);
        Assert.Contains("slug: \"{{fields.slug}}\"", config, StringComparison.Ordinal);
        Assert.Contains("default: \"news\"", config, StringComparison.Ordinal);
        Assert.Contains($"{CmsOutput.Folder}{DecapBundle.Folder}{DecapBundle.Script}", first.Files.Keys);
    }

    [Fact]
    public void The_editor_is_in_no_sitemap_feed_or_search_index_and_robots_txt_keeps_crawlers_out()
    {
        var site = Build(CopyRealInputWithGitHost());

        Assert.Contains("Disallow: /admin/", Encoding.UTF8.GetString(site.Files[RobotsOutput.Path]), StringComparison.Ordinal);
        foreach (var (path, content) in site.Files.Where(f => f.Key is "sitemap.xml" or "feed.xml" || f.Key.StartsWith("search/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("/admin/", Encoding.UTF8.GetString(content), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_git_host_the_published_editor_says_so_and_the_build_warns_once()
    {
        var target = new MemoryTarget();
        var result = new BuildSession(new BuildOptions(Path.Combine(TestPaths.RepositoryRoot, "input"), TestPaths.RealTheme), PortalFeatures.Parts).Build(target);

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCode.CmsNotConfigured);
        Assert.Contains("ยังแก้ไขเนื้อหาผ่านเว็บไซต์นี้ไม่ได้", Encoding.UTF8.GetString(target.Files[CmsOutput.PagePath]), StringComparison.Ordinal);
        Assert.DoesNotContain(CmsOutput.ConfigPath, target.Files.Keys);
    }

    [Fact]
    public void A_site_without_cms_has_no_editor_and_a_host_the_editor_cannot_use_is_an_error_at_its_line()
    {
        using var site = TempSite.Create("basic");
        Assert.False(Directory.Exists(Path.Combine(site.Build().OutputDirectory, "admin")));

        File.AppendAllText(Path.Combine(site.InputDirectory, "_data", "site.yml"), "\ncms:\n  backend: bitbucket\n  repo: https://example.com/x\n");
        var result = site.Build().Result;

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == Diagnostics.DiagnosticCode.InvalidValue && d.Location.Path.EndsWith("site.yml", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_admin_policy_relaxes_only_what_Decap_needs_and_reaches_no_origin_but_the_configured_git_host()
    {
        var headers = SecurityHeaders.Load(Path.Combine(TestPaths.RepositoryRoot, "netlify.toml"));
        var admin = Directives(headers.For("/admin/")["Content-Security-Policy"]);
        var backend = CmsBackend.From(SiteData(), []);

        Assert.Equal(["'self'", "'unsafe-eval'"], admin["script-src"]);
        Assert.Equal(["'self'", "'unsafe-inline'"], admin["style-src"]);
        Assert.Equal(["'none'"], admin["default-src"]);
        Assert.Equal(["'none'"], admin["frame-ancestors"]);
        Assert.Equal(backend is null ? [] : [backend.ApiOrigin], admin["connect-src"].Where(s => s.StartsWith("https://", StringComparison.Ordinal)));
        Assert.DoesNotContain("unsafe", headers.For("/ita/")["Content-Security-Policy"], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToDictionary(d => d[0], d => d[1..]);

    private static IReadOnlyList<DataFile> SiteData()
    {
        var content = ContentLoader.Load(new ContentPaths(Path.Combine(TestPaths.RepositoryRoot, "input"), "input"), new Diagnostics.DiagnosticBag());
        return content.Data;
    }

    private static MemoryTarget Build(string input)
    {
        var target = new MemoryTarget();
        var result = new BuildSession(new BuildOptions(input, TestPaths.RealTheme), PortalFeatures.Parts).Build(target);
        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        return target;
    }

    /// <summary>The real content with a made-up repository filled into site.yml's empty cms: (no real one is named yet).</summary>
    private string CopyRealInputWithGitHost()
    {
        var from = Path.Combine(TestPaths.RepositoryRoot, "input");
        var input = Path.Combine(_root, "input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var siteYml = Path.Combine(input, "_data", "site.yml");
        var text = File.ReadAllText(siteYml);
        Assert.Contains("cms:\n  backend:\n  repo:\n", text, StringComparison.Ordinal);
        File.WriteAllText(siteYml, text.Replace("cms:\n  backend:\n  repo:\n", "cms:\n  backend: github\n  repo: owner/site\n", StringComparison.Ordinal));
        return input;
    }
}
