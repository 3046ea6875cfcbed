using System.Text.RegularExpressions;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Classes 6 and 7: URLs and text from data files, and attachments a browser would run.</summary>
public sealed partial class DataAndAttachmentTests
{
    [Theory]
    [InlineData("  - title: หน้าแรก\n    url: /\n", "  - title: หน้าแรก\n    url: javascript:alert(1)\n", 10)]
    [InlineData("  contact_url: /about/\n", "  contact_url: data:text/html,<script>alert(1)</script>\n", 20)]
    [InlineData("  - title: หน้าแรก\n    url: /\n", "  - title: หน้าแรก\n    url: \" JaVa\\tScRiPt:alert(1)\"\n", 10)]
    public void Unsafe_url_schemes_in_site_data_are_reported_at_the_value(string safe, string hostile, int line)
    {
        using var site = HostileSite.Create();
        var settings = File.ReadAllText(site.PathOf("_data/site.yml"));
        Assert.Contains(safe, settings, StringComparison.Ordinal);
        site.Write("_data/site.yml", settings.Replace(safe, hostile, StringComparison.Ordinal));

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.UnsafeLink);
        Assert.Equal(site.Display("_data/site.yml"), problem.Location.Path);
        Assert.Equal(line, problem.Location.Line);
    }

    [Theory]
    [InlineData("base_url: \"https://test.example.go.th\\nSitemap: https://evil.example/sitemap.xml\"")]
    [InlineData("base_url: \"https://test.example.go.th/ x\"")]
    [InlineData("base_url: \"https://test.example.go.th\\u0085\"")]
    public void Base_url_that_is_not_one_absolute_address_is_reported(string baseUrl)
    {
        using var site = HostileSite.Create();
        var settings = File.ReadAllText(site.PathOf("_data/site.yml"));
        site.Write("_data/site.yml", settings.Replace("base_url: https://test.example.go.th", baseUrl, StringComparison.Ordinal));

        var result = site.BuildFailing();

        Assert.Contains(result.Diagnostics, d => d.Location.Path == site.Display("_data/site.yml")
            && (d.Code == DiagnosticCode.InvalidValue || d.Code == DiagnosticCode.ForbiddenCharacter));
    }

    [Theory]
    [InlineData("https://test.example.go.th\nSitemap: https://evil.example/sitemap.xml")]
    [InlineData("https://test.example.go.th\t")]
    public void Base_url_with_whitespace_is_refused_as_an_option(string baseUrl) =>
        Assert.False(Portal.Site.SiteSettings.IsValidBaseUrl(baseUrl));

    [Theory]
    [InlineData("files/page.html", "<script>alert(document.cookie)</script>")]
    [InlineData("files/app.js", "alert(1)")]
    [InlineData("files/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("files/reports/plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("files/page.xhtml", "<html/>")]
    public void Attachment_types_that_are_not_documents_are_refused(string path, string content)
    {
        using var site = HostileSite.Create();
        site.Write(path, content);

        var result = site.BuildFailing();

        Assert.Equal(site.Display(path), HostileSite.Single(result, DiagnosticCode.AttachmentTypeNotAllowed).Location.Path);
    }

    [Fact]
    public void Document_types_are_published_whatever_the_case_of_their_extension()
    {
        using var site = HostileSite.Create();
        site.Write("files/scan.PDF", "%PDF-1.4");
        site.Write("files/table.csv", "a,b\n1,2\n");

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Site.OutputDirectory, "files", "scan.PDF")));
    }

    [Fact]
    public void Netlify_serves_files_with_nosniff_and_a_policy_that_runs_no_script()
    {
        var toml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "netlify.toml"));
        var block = FilesHeaders().Match(toml);
        Assert.True(block.Success, "netlify.toml has no [[headers]] block for /files/*");
        var values = block.Groups["values"].Value;
        Assert.Matches("X-Content-Type-Options\\s*=\\s*\"nosniff\"", values);
        var policy = Regex.Match(values, "Content-Security-Policy\\s*=\\s*\"(?<policy>[^\"]*)\"").Groups["policy"].Value;
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("for\\s*=\\s*\"/files/\\*\"\\s*\\[headers\\.values\\](?<values>(?:\\s*[A-Za-z-]+\\s*=\\s*\"[^\"]*\")+)")]
    private static partial Regex FilesHeaders();
}
