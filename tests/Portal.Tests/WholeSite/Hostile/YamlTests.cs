using System.Text;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Class 2: YAML that used to crash the parser or the process, in front matter and in data files alike.</summary>
public sealed class YamlTests
{
    /// <summary>
    /// Inputs on which a YAML parser has thrown something other than a YAML error (empty keys in a sequence, a
    /// '{' at the end of a line, a tab after a document-end marker, a double high surrogate in an escape, a
    /// complex key before a sequence). Each must give a diagnostic inside the file, or be read as valid YAML.
    /// </summary>
    public static TheoryData<string> ParserTraps => new()
    {
        "title: ก\nlist:\n  - : a\n  - :\n",
        "title: ก\nx: {\n",
        "title: ก\n...\t\n",
        "title: \"\\uD800\\uD800\"\n",
        "title: ก\n? [a, {b: c}]\n: d\n- e\n",
        "title: ก\n- : \n  - {\n",
    };

    [Theory]
    [MemberData(nameof(ParserTraps))]
    public void Parser_traps_in_front_matter_and_data_files_are_diagnostics_inside_the_file(string yaml)
    {
        using var site = HostileSite.Create();
        site.WritePage("about/trap.md", yaml);
        site.Write("_data/trap.yml", yaml);

        var result = site.Build();

        var pageLines = yaml.Split('\n').Length + 2;
        Assert.All(result.Diagnostics.Where(d => d.Location.Path == site.Display("about/trap.md")), d => Assert.InRange(d.Location.Line, 1, pageLines));
        Assert.All(result.Diagnostics.Where(d => d.Location.Path == site.Display("_data/trap.yml")), d => Assert.InRange(d.Location.Line, 1, pageLines));
        Assert.All(result.Diagnostics, d => Assert.StartsWith(site.Display(""), d.Location.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Double_high_surrogate_escape_is_reported_at_its_line()
    {
        using var site = HostileSite.Create();
        site.WritePage("about/trap.md", "title: ก\ndescription: \"\\uD800\\uD800\"");

        var result = site.BuildFailing();

        var problem = Assert.Single(result.Diagnostics, d => d.Location.Path == site.Display("about/trap.md"));
        Assert.Equal(3, problem.Location.Line);
    }

    [Theory]
    [InlineData("a: &loop [*loop]\n")]
    [InlineData("a: &loop\n  b: *loop\n")]
    [InlineData("a: &outer\n  - &inner [x, *outer]\n")]
    public void Self_referencing_aliases_are_reported(string yaml)
    {
        using var site = HostileSite.Create();
        site.Write("_data/loop.yml", yaml);

        var result = site.BuildFailing();

        Assert.Equal(site.Display("_data/loop.yml"), HostileSite.Single(result, DiagnosticCode.YamlAliasExpansion).Location.Path);
    }

    [Fact]
    public void Billion_laughs_is_stopped_at_the_alias_that_crosses_the_limit()
    {
        using var site = HostileSite.Create();
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            yaml.Append($"a{i}: &a{i} [{previous}]\n");
        }

        site.Write("_data/laughs.yml", yaml.ToString());
        site.WritePage("about/laughs.md", "title: หัวเราะ\n" + yaml.ToString().Replace("a0:", "tags:", StringComparison.Ordinal));

        var result = site.BuildFailing();

        var data = Assert.Single(result.Diagnostics, d => d.Location.Path == site.Display("_data/laughs.yml"));
        Assert.Equal(DiagnosticCode.YamlAliasExpansion, data.Code);
        Assert.Equal(4, data.Location.Line);
        Assert.Contains(result.Diagnostics, d => d.Location.Path == site.Display("about/laughs.md") && d.Code == DiagnosticCode.YamlAliasExpansion);
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(1_000, false)]
    public void Deep_nesting_is_reported_at_the_level_that_crosses_the_limit(int depth, bool flow)
    {
        using var site = HostileSite.Create();
        var yaml = flow
            ? "deep: " + new string('[', depth) + new string(']', depth) + "\n"
            : string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "v\n";
        site.Write("_data/deep.yml", yaml);

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.YamlTooDeep);
        Assert.Equal(site.Display("_data/deep.yml"), problem.Location.Path);
        // In block style each level starts on its own line: the 65th, one past the limit, is reported.
        Assert.Equal(flow ? 1 : 65, problem.Location.Line);
    }

    [Fact]
    public void Aliases_that_nest_past_the_limit_together_are_reported()
    {
        // Each anchor is 40 levels deep and holds the previous one: fine alone, too deep once expanded.
        using var site = HostileSite.Create();
        var yaml = new StringBuilder("a0: &a0 " + new string('[', 40) + "x" + new string(']', 40) + "\n");
        for (var i = 1; i < 5; i++)
        {
            yaml.Append($"a{i}: &a{i} " + new string('[', 40) + $"*a{i - 1}" + new string(']', 40) + "\n");
        }

        site.Write("_data/stacked.yml", yaml.ToString());

        var result = site.BuildFailing();

        Assert.Equal(2, HostileSite.Single(result, DiagnosticCode.YamlTooDeep).Location.Line);
    }

    [Fact]
    public void Nesting_exactly_at_the_limit_is_read_with_aliases_counted_like_what_they_stand_for()
    {
        // 64 levels of sequences around a scalar, once written out and once through aliases to a scalar and to a
        // one-level sequence: the same depth as writing the values out.
        using var site = HostileSite.Create();
        var deepest = new string('[', 63);
        var closing = new string(']', 63);
        site.Write("_data/limit.yml", $"s: &s x\nl: &l [x]\nwritten: {deepest}x{closing}\nscalar: {deepest}*s{closing}\nlevel: {new string('[', 62)}*l{new string(']', 62)}\n");

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
    }
}
