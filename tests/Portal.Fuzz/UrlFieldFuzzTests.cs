using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Portal.Fuzz;

/// <summary>
/// Issue 18, item 13: hostile values in <c>redirects.yml</c> and in the URL fields of <c>site.yml</c> (line breaks,
/// Unicode spaces, invisible characters, dot segments, percent-escapes, schemes, lists and mappings where one value
/// belongs), built as a whole site. A build either succeeds or reports diagnostics inside <c>input/</c> and leaves the
/// previous site; a site that builds has only whole rules in <c>_redirects</c>, no file or folder whose name holds a
/// space or a control, and no link with a scheme that runs code.
/// </summary>
public sealed partial class UrlFieldFuzzTests
{
    private static readonly string[] PathParts =
    [
        "/", "/", "/", "a", "news", "case", "ข่าว", "index.html", "robots.txt", "sitemap.xml", "files", "report.pdf", ".", "..", "%2e", "%2E%2e",
        "%0A", "%0d", "%20", "%C2%A0", "%E2%80%A8", "%2F", "%25", "%E0%B8%82", "\n", "\r\n", "\t", " ", "\u00A0", "\u2028", "\u2029", "\u3000",
        "\u200B", "\uFEFF", "\u202E", "\u0085", "*", ":", "!", "?", "#", "\\", "\"", "<", ">", "301!", "200", "https://evil.example", "javascript:alert(1)",
    ];

    private static readonly string[] Schemes =
    [
        "", "", "javascript:", "JavaScript:", "java\tscript:", "\u0001javascript:", " javascript:", "java\nscript:", "data:", "DATA:text/html,", "vbscript:",
        "https://", "http://", "mailto:", "tel:", "//", "/\\", "&#106;avascript:",
    ];

    [Fact]
    public void Hostile_redirects_and_site_url_fields_build_whole_rules_and_safe_links_or_report_diagnostics()
    {
        using var site = FuzzSite.Create();
        var property = Prop.ForAll(Redirects.ToArbitrary(), SiteYaml.ToArbitrary(), (redirects, siteYaml) =>
        {
            var before = site.Snapshot();
            site.Write("_data/redirects.yml", redirects.Yaml);
            site.Write("_data/site.yml", siteYaml);

            var result = site.Build();

            Assert.All(result.Diagnostics, d => Assert.StartsWith(site.Input, d.Location.Path, StringComparison.Ordinal));
            if (!result.Succeeded)
            {
                Assert.Equal(before, site.Snapshot());
                return;
            }

            var rulesFile = Path.Combine(site.Output, "_redirects");
            var rules = File.Exists(rulesFile) ? File.ReadAllLines(rulesFile).Where(l => !l.StartsWith('#')).ToList() : [];
            Assert.Equal(redirects.Count, rules.Count);
            Assert.All(rules, rule => Assert.Matches(WholeRule(), rule));
            Assert.All(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories),
                entry => Assert.DoesNotMatch(SpaceOrControl(), Path.GetFileName(entry)));
            Assert.All(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories),
                page => Assert.DoesNotMatch(ActiveLink(), File.ReadAllText(page)));
        });

        FuzzBudget.Run(property);
    }

    /// <summary>A list of redirects whose values are hostile paths, written in any YAML form; its count is the number of entries.</summary>
    private static Gen<(string Yaml, int Count)> Redirects =>
        Gen.ListOf(Gen.Zip(Value(HostilePath), Value(Gen.OneOf(HostilePath, Gen.Elements("/", "/news/case/", "/files/report.pdf")))))
            .Select(entries => (string.Concat(entries.Select(e => $"- from: {e.Item1}\n  to: {e.Item2}\n")), entries.Count));

    /// <summary><c>site.yml</c> with hostile values in the navigation (flat, or each item nested in the one before), the footer's links and its <c>contact_url</c>.</summary>
    private static Gen<string> SiteYaml =>
        Gen.Zip(Gen.ListOf(Value(HostileUrl)), Gen.Zip(Value(HostileUrl), Gen.Elements(false, true))).Select(parts =>
        {
            var (urls, (contact, nested)) = parts;
            var yaml = new StringBuilder("title: เทศบาลทดสอบ\nbase_url: https://fuzz.example.go.th\nanchor: &hostile ").Append(contact).Append("\nnav:\n");
            var items = urls.DefaultIfEmpty("/").ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var indent = new string(' ', nested ? 2 + (4 * i) : 2);
                yaml.Append(indent).Append("- title: ก\n").Append(indent).Append("  url: ").Append(items[i]).Append('\n');
                if (nested && i < items.Count - 1)
                {
                    yaml.Append(indent).Append("  children:\n");
                }
            }

            return yaml.Append("footer:\n  contact_url: *hostile\n  links:\n  - {title: ข, url: ").Append(items[^1]).Append("}\n").ToString();
        });

    private static Gen<string> HostilePath =>
        Gen.ListOf(Gen.Elements(PathParts)).Select(parts => "/" + string.Concat(parts));

    private static Gen<string> HostileUrl =>
        Gen.Zip(Gen.Elements(Schemes), Gen.ListOf(Gen.Elements(PathParts))).Select(p => p.Item1 + string.Concat(p.Item2));

    /// <summary>One value as YAML: a double-quoted string (escapes for every character), or a list, a mapping or a block list of it.</summary>
    private static Gen<string> Value(Gen<string> text) =>
        Gen.Zip(text, Gen.Choose(0, 5)).Select(p =>
        {
            var quoted = JsonSerializer.Serialize(p.Item1);
            return p.Item2 switch
            {
                0 => $"[{quoted}]",
                1 => $"{{a: {quoted}}}",
                2 => $"[[{quoted}], {quoted}]",
                _ => quoted,
            };
        });

    /// <summary>A rule as the writer makes it: two percent-encoded site paths and a forced 301.</summary>
    [GeneratedRegex(@"^(/[A-Za-z0-9\-._~%]*)+ (/[A-Za-z0-9\-._~%]*)+ 301!$")]
    private static partial Regex WholeRule();

    [GeneratedRegex(@"[\s\p{C}]")]
    private static partial Regex SpaceOrControl();

    /// <summary>A link or source whose scheme runs code, as a browser reads it (leading spaces and controls, tabs and line breaks inside dropped).</summary>
    [GeneratedRegex("(?:href|src)=\"[\\x00-\\x20]*(?:j[\\t\\r\\n]*a[\\t\\r\\n]*v[\\t\\r\\n]*a[\\t\\r\\n]*s[\\t\\r\\n]*c[\\t\\r\\n]*r[\\t\\r\\n]*i[\\t\\r\\n]*p[\\t\\r\\n]*t|data|vbscript)[\\t\\r\\n]*:", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveLink();
}
