using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 4 of issue 18: a URL given as a YAML list or mapping skipped the scheme check, and the template printed its
/// item (<c>href="javascript:…"</c> on every page). Every value under a URL key of any data file, at any depth and
/// in any YAML style, is one text value with an allowed scheme.
/// </summary>
public sealed class YamlUrlValueTests
{
    private const string SiteStart = "title: เทศบาลตำบลทดสอบ\nbase_url: https://test.example.go.th\n";

    public static TheoryData<string, int> NotOneValue => new()
    {
        { "nav:\n  - title: x\n    url: [\"javascript:alert(1)\"]\n", 5 },
        { "nav:\n  - title: x\n    url:\n      - javascript:alert(1)\n", 6 },
        { "nav: [{title: x, url: [javascript:alert(1)]}]\n", 3 },
        { "footer:\n  contact_url: [javascript:alert(1)]\n", 4 },
        { "footer:\n  links:\n    - title: x\n      url: {a: \"javascript:alert(1)\"}\n", 6 },
        // An alias is the anchored node itself: reported where the list is written.
        { "bad: &bad [javascript:alert(1)]\nnav:\n  - title: x\n    url: *bad\n", 3 },
        { "nav:\n  - title: x\n    \"url\": [data:text/html;base64,PHNjcmlwdD4=]\n", 5 },
    };

    [Theory]
    [MemberData(nameof(NotOneValue))]
    public void A_url_given_as_a_list_or_mapping_in_site_yml_is_PT005_at_its_line_class_4_url_as_yaml_list(string yaml, int line)
    {
        using var site = HostileSite.Create();
        site.Write("_data/site.yml", SiteStart + yaml);

        var result = site.BuildFailing();

        var problem = result.Diagnostics.First(d => d.Code == DiagnosticCode.InvalidValue);
        Assert.Equal((site.Display("_data/site.yml"), line), (problem.Location.Path, problem.Location.Line));
    }

    [Theory]
    [InlineData("links:\n  - title: x\n    href: javascript:alert(1)\n", 3)]
    [InlineData("groups:\n  - items:\n      - deep:\n          - download_href: \" data:text/html,x\"\n", 4)]
    [InlineData("list: [[[{href: vbscript:x}]]]\n", 1)]
    [InlineData("links:\n  - title: x\n    url: [[javascript:alert(1)]]\n", 3)]
    public void A_url_anywhere_in_any_data_file_gets_the_scheme_check_class_4_url_as_yaml_list(string yaml, int line)
    {
        using var site = HostileSite.Create();
        site.Write("_data/links.yml", yaml);

        var result = site.BuildFailing();

        var problem = result.Diagnostics.First(d => d.Location.Path == site.Display("_data/links.yml"));
        Assert.Contains(problem.Code, new[] { DiagnosticCode.UnsafeLink, DiagnosticCode.InvalidValue });
        Assert.Equal(line, problem.Location.Line);
    }

    [Theory]
    [InlineData("links:\n  - title: x\n    url: \"//evil.example/\"\n")]
    [InlineData("links:\n  - title: x\n    url: \"/\\\\evil.example\"\n")]
    [InlineData("links:\n  - title: x\n    url: \"\\\\evil.example\"\n")]
    [InlineData("links:\n  - title: x\n    url: \"\\u00a0javascript:alert(1)\"\n")]
    [InlineData("links:\n  - title: x\n    url: \"\\u200bjavascript:alert(1)\"\n")]
    [InlineData("links:\n  - title: x\n    url: \"/about/\\u2028\"\n")]
    [InlineData("links:\n  - title: x\n    url: \" /about/\"\n")]
    public void A_url_that_reads_otherwise_than_it_looks_is_PT011_class_4_url_as_yaml_list(string yaml)
    {
        using var site = HostileSite.Create();
        site.Write("_data/links.yml", yaml);

        var result = site.BuildFailing();

        var problem = Assert.Single(result.Diagnostics, d => d.Location.Path == site.Display("_data/links.yml"));
        Assert.Equal((DiagnosticCode.UnsafeLink, 3), (problem.Code, problem.Location.Line));
    }

    /// <summary>Found by the fuzzer: an empty value under a URL key was PT011 at a line past the file's end; it is no address, so no diagnostic.</summary>
    [Theory]
    [InlineData(" url: ")]
    [InlineData("links:\n  - title: x\n    url:\n")]
    [InlineData("links:\n  - title: x\n    url: ~\n")]
    public void An_empty_value_under_a_url_key_is_no_address_and_no_diagnostic_class_4_url_as_yaml_list(string yaml)
    {
        using var site = HostileSite.Create();
        site.Write("_data/links.yml", yaml);

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path == site.Display("_data/links.yml"));
    }
}
