namespace Portal.Tests.WholeSite;

/// <summary>The real Ban Bueng content (<c>input/</c>) and theme, built once into a temporary folder; the repository is only read.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"real-site-{Guid.NewGuid():N}");

    public RealSiteFixture()
    {
        var input = Path.Combine(TestPaths.RepositoryRoot, "input");
        var output = Path.Combine(_root, "_site");
        Built = new BuiltSite(SiteBuild.Run(new BuildOptions(input, TestPaths.RealTheme, output)), output, input);
    }

    public BuiltSite Built { get; }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

/// <summary>A smoke test of the real site: it builds cleanly, and every page is Thai, has one h1, and has no broken internal link.</summary>
public sealed class RealSiteTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => real.Built;

    [Fact]
    public void Real_site_builds_without_errors()
    {
        Assert.True(Site.Result.Succeeded, TempSite.Describe(Site.Result.Diagnostics));
        Assert.True(Site.Exists("index.html"));
        Assert.True(Site.Exists("404.html"));
        Assert.True(Site.Exists("ita/results/index.html"));
    }

    [Fact]
    public void Real_site_every_page_is_thai_with_one_h_1_and_no_broken_internal_link()
    {
        Assert.True(Site.Result.Succeeded, TempSite.Describe(Site.Result.Diagnostics));
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
}
