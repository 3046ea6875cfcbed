using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>
/// Classes 2 and 3 of issue 18: a redirect may not write rules of its own into <c>_redirects</c> (line breaks, Unicode
/// spaces, invisible characters), nor reach a page or file the site publishes through another spelling of its path
/// (dot segments, double slashes, <c>/about</c> for <c>/about/</c>), nor sit under a published file.
/// </summary>
public sealed class RedirectInjectionTests
{
    /// <summary>Each value is written in a YAML double-quoted string, so escapes such as \n and \u00A0 are the characters.</summary>
    [Theory]
    [InlineData(@"/a\n/*", "/about/")]
    [InlineData(@"/a\r\n/* https://evil.example 200!", "/about/")]
    [InlineData(@"/a", @"/about/\u00A0https://evil.example")]
    [InlineData(@"/a\u2028/*", "/about/")]
    [InlineData(@"/a\u2029b", "/about/")]
    [InlineData(@"/a\u3000b", "/about/")]
    [InlineData(@"/a\u200Bb", "/about/")]
    [InlineData(@"/a\uFEFFb", "/about/")]
    [InlineData(@"/a\u202Eb", "/about/")]
    [InlineData(@"/a\tb", "/about/")]
    [InlineData(@"/a%C2%85b", "/about/")]
    [InlineData(@"/a%1Fb", "/about/")]
    [InlineData(@"/a%0A/*", "/about/")]
    [InlineData(@"/a%0d%0a/*", "/about/")]
    [InlineData(@"/a%20https://evil.example", "/about/")]
    [InlineData(@"/a%C2%A0b", "/about/")]
    [InlineData(@"/a", @"/about/%E2%80%A8")]
    [InlineData(@"/a*", "/about/")]
    public void Line_breaks_unicode_spaces_and_invisible_characters_in_a_redirect_are_PT043_at_the_value_class_2_redirect_injection(string from, string to)
    {
        var (site, built) = Build($"- from: \"{from}\"\n  to: \"{to}\"\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics, d => d.Code.Id == "PT043");
            var line = to == "/about/" ? 1 : 2;
            Assert.Equal((site.Display("_data/redirects.yml"), line), (problem.Location.Path, problem.Location.Line));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Fact]
    public void Redirect_rules_are_percent_encoded_so_no_value_can_start_a_rule_of_its_own_class_2_redirect_injection()
    {
        var (site, built) = Build("- from: /เก่า/ข่าว!\n  to: /about/\n- from: /old%2Dname/\n  to: /about/\n");
        using (site)
        {
            Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
            Assert.Equal("# Made by portal from input/_data/redirects.yml; edit that file, not this one.\n" +
                "/%E0%B9%80%E0%B8%81%E0%B9%88%E0%B8%B2/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%21 /about/ 301!\n/old-name/ /about/ 301!\n", built.Text("_redirects"));
            Assert.True(built.Exists("เก่า/ข่าว!/index.html"));
            Assert.True(built.Exists("old-name/index.html"));
        }
    }

    [Theory]
    [InlineData("/./", "a . or .. segment")]
    [InlineData("/about/./", "a . or .. segment")]
    [InlineData("/about/../", "a . or .. segment")]
    [InlineData("/%2e/", "a . or .. segment")]
    [InlineData("/about/%2E%2e/x/", "a . or .. segment")]
    [InlineData("/about//", "an empty segment")]
    [InlineData("//about/", "an empty segment")]
    [InlineData("/about%2F%2Fx/", "an empty segment")]
    public void Dot_segments_and_double_slashes_in_a_redirect_are_PT043_class_3_redirect_replaces_a_page(string from, string reason)
    {
        var (site, built) = Build($"- from: \"{from}\"\n  to: /ita/2566/o1/\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics, d => d.Code.Id == "PT043");
            Assert.Equal((site.Display("_data/redirects.yml"), 1), (problem.Location.Path, problem.Location.Line));
            Assert.Contains(reason, problem.EnglishMessage, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Theory]
    [InlineData("/about", "from: /about is a page the site builds; remove this entry, or the page")]
    [InlineData("/about/index.html", "from: /about/index.html is a page the site builds; remove this entry, or the page")]
    [InlineData("/%61bout/", "from: /about/ is a page the site builds; remove this entry, or the page")]
    [InlineData("/index.html", "from: /index.html is a page the site builds; remove this entry, or the page")]
    [InlineData("/About/", "from: /About/ is a page the site builds; remove this entry, or the page")]
    [InlineData("/ABOUT", "from: /ABOUT is a page the site builds; remove this entry, or the page")]
    [InlineData("/Robots.TXT/x", "from: /Robots.TXT/x lies under /Robots.TXT, which the site publishes, so no redirect page can be written there; remove this entry")]
    [InlineData("/ita/2566/o1", "from: /ita/2566/o1 is a page the site builds; remove this entry, or the page")]
    [InlineData("/robots.txt", "from: /robots.txt is a file the site publishes (robots.txt); remove this entry")]
    [InlineData("/sitemap.xml", "from: /sitemap.xml is a file the site publishes (sitemap.xml); remove this entry")]
    [InlineData("/ita/2566/coverage.csv", "from: /ita/2566/coverage.csv is a file the site publishes (ita/2566/coverage.csv); remove this entry")]
    [InlineData("/files/procurement-2022-10.txt", "from: /files/procurement-2022-10.txt is a file the site publishes (files/procurement-2022-10.txt); remove this entry")]
    [InlineData("/robots.txt/x", "from: /robots.txt/x lies under /robots.txt, which the site publishes, so no redirect page can be written there; remove this entry")]
    [InlineData("/files/procurement-2022-10.txt/old/", "from: /files/procurement-2022-10.txt/old/ lies under /files/procurement-2022-10.txt, which the site publishes, so no redirect page can be written there; remove this entry")]
    [InlineData("/about/index.html/x.html", "from: /about/index.html/x.html lies under /about/index.html, which the site publishes, so no redirect page can be written there; remove this entry")]
    [InlineData("/sitemap.xml/old/", "from: /sitemap.xml/old/ lies under /sitemap.xml, which the site publishes, so no redirect page can be written there; remove this entry")]
    public void A_redirect_from_a_published_page_or_file_or_from_under_one_is_PT043_class_3_redirect_replaces_a_page(string from, string english)
    {
        var (site, built) = Build($"- from: {from}\n  to: /ita/2566/o1/\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
            Assert.Equal(("PT043", site.Display("_data/redirects.yml"), 1, english), (problem.Code.Id, problem.Location.Path, problem.Location.Line, problem.EnglishMessage));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Theory]
    [InlineData("/old", "/old/")]
    [InlineData("/old/", "/old/index.html")]
    [InlineData("/old/", "/Old/")]
    [InlineData("/กำ/", "/%E0%B8%81%E0%B8%B3/")]
    public void Two_spellings_of_one_old_address_are_one_redirect_class_3_redirect_replaces_a_page(string first, string second)
    {
        var (site, built) = Build($"- from: {first}\n  to: /about/\n- from: {second}\n  to: /ita/2566/o1/\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics, d => d.Code.Id == "PT043");
            Assert.Equal((3, $"from: {second} is already redirected on line 1"), (problem.Location.Line, problem.EnglishMessage));
        }
    }

    private static (TempSite Site, BuiltSite Built) Build(string redirects) =>
        OitFixture.Build("oit", s => File.WriteAllText(Path.Combine(s.InputDirectory, "_data", "redirects.yml"), redirects));
}
