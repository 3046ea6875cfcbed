using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features.Oit;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>
/// Class 11 of issue 18: commands that edit a file change what they should and nothing else. <c>new catalog</c>
/// resets every item's <c>verified</c> in any YAML style and leaves every other byte; <c>urls --record</c> keeps
/// the list's comments and blank lines.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class FileEditingCommandTests
{
    private const string HostileCatalog = """
        fiscal_year: 2566
        framework: NACC ITA 2566 - OIT
        note: |
          verified: true
          fiscal_year: 2566
        items:
        - code: O1
          verified: true
        - {code: O2, verified: true, title: "x"}
        - code: O3
          verified :  true   # spaced
        - code: O4
          "verified": true
        - code: O5
          'verified': 'true'
        - code: O6
          source: >
            verified: true
          verified: &v true
        - code: O7
          verified: *v
        - code: O8
          verified: false
        - code: O9
          verified: "false"
        - ? verified
          : !!str true
        other:
          verified: true

        """;

    private const string HostileCopy = """
        fiscal_year: 2567
        framework: NACC ITA 2567 - OIT
        note: |
          verified: true
          fiscal_year: 2566
        items:
        - code: O1
          verified: false
        - {code: O2, verified: false, title: "x"}
        - code: O3
          verified :  false   # spaced
        - code: O4
          "verified": false
        - code: O5
          'verified': false
        - code: O6
          source: >
            verified: true
          verified: &v false
        - code: O7
          verified: false
        - code: O8
          verified: false
        - code: O9
          verified: "false"
        - ? verified
          : false
        other:
          verified: true

        """;

    [Fact]
    public void New_catalog_resets_verified_in_every_yaml_style_and_changes_no_other_byte_class_11_commands_edit_too_much()
    {
        var copy = OitCatalogCopy.Copy(HostileCatalog, 2566, 2567);

        Assert.Equal(HostileCopy, copy[(copy.IndexOf("manual)\n", StringComparison.Ordinal) + "manual)\n".Length)..]);
        AssertOnlyYearAndVerifiedDiffer(HostileCatalog, copy, "2567");
    }

    [Fact]
    public void New_catalog_of_each_real_catalog_round_trips_with_only_the_year_and_verified_changed_class_11_commands_edit_too_much()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "input", "_data", "oit"), "*.yml"))
        {
            var text = File.ReadAllText(path);
            // The real catalogs again with each verified key quoted and spaced, as a person or a tool might write it.
            var restyled = Regex.Replace(text, @"^  verified: true$", "  \"verified\" :   true", RegexOptions.Multiline);
            foreach (var source in new[] { text, restyled })
            {
                var year = int.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture);
                var copy = OitCatalogCopy.Copy(source, year, year + 1);

                AssertOnlyYearAndVerifiedDiffer(source, copy, (year + 1).ToString(CultureInfo.InvariantCulture));
                var changed = source.Split('\n').Zip(copy.Split('\n').Skip(2)).Where(pair => pair.First != pair.Second).Select(pair => pair.First).ToList();
                Assert.All(changed, line => Assert.Matches(@"^(fiscal_year|framework|  ""?verified""? *:)", line));
            }
        }
    }

    [Fact]
    public void Urls_record_keeps_comments_and_blank_lines_where_they_are_class_11_commands_edit_too_much()
    {
        using var site = TempSite.Create("oit");
        var list = Path.Combine(site.InputDirectory, "_data", "published-urls.txt");
        const string before = "# header\n\n# pages\n/about/\n\n# submitted in ITAS 2566\n";
        File.WriteAllText(list, before + "/zz-old/\n/ita/2566/o1/\n# end\n\n");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "redirects.yml"), "- from: /zz-old/\n  to: /about/\n");

        Assert.Equal(0, CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory).ExitCode);

        var text = File.ReadAllText(list);
        Assert.StartsWith(before, text, StringComparison.Ordinal);
        Assert.EndsWith("\n# end\n\n", text, StringComparison.Ordinal);
        var run = text[before.Length..^"# end\n\n".Length].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("/ita/2566/o5/", run);
        Assert.Contains("/zz-old/", run);
        Assert.Contains("/ita/2566/o1/", run);
        Assert.DoesNotContain("/about/", run);
        Assert.Equal(run.Order(StringComparer.Ordinal), run);
        Assert.Equal(0, CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory).ExitCode);
        Assert.Equal(text, File.ReadAllText(list));
    }

    /// <summary>Read as YAML, the copy is the source with the new year, the framework's year and every item's verified false.</summary>
    private static void AssertOnlyYearAndVerifiedDiffer(string source, string copy, string year)
    {
        var expected = Values(source);
        expected["fiscal_year"] = decimal.Parse(year, CultureInfo.InvariantCulture);
        expected["framework"] = ((string)expected["framework"]!).Replace((int.Parse(year, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture), year, StringComparison.Ordinal);
        foreach (var item in ((List<object?>)expected["items"]!).OfType<Dictionary<string, object?>>().Where(i => i.ContainsKey("verified")))
        {
            item["verified"] = item["verified"] is "false" ? "false" : false;
        }

        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(Values(copy)));
    }

    private static Dictionary<string, object?> Values(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlDocumentReader.Read(yaml, "input/_data/oit/x.yml", 1, diagnostics);
        Assert.Empty(diagnostics);
        return Assert.IsType<Dictionary<string, object?>>(DataValueReader.ToValue(root!));
    }
}
