using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 14 (files from outside), its YAML part: no alias structure may overflow the stack. Such an overflow ends
/// the whole process, so these run the reader in-process: on the old reader the test host itself died
/// (<c>*a : x</c> before <c>&amp;a</c>: YamlAliasNode.Equals calling itself).
/// </summary>
public sealed class YamlAliasStructureTests
{
    public static TheoryData<string> AliasStructures => new()
    {
        // An alias as a mapping key before its anchor, in block, explicit-key and flow form.
        "*a : x\nb: &a y\n",
        "? *a\n: x\nb: &a [1]\n",
        "*a : &a x\n",
        "{*a : x, b: &a c}\n",
        // Nested: the alias key sits inside a sequence and a mapping, its anchor later or never.
        "list:\n  - {inner: {*a : x}}\n  - &a y\n",
        "outer:\n  *b : {*a : x}\nb: &b k\na: &a k\n",
        // A merge key whose alias comes before the anchor, and a merge of an anchor still open.
        "<<: *a\na: &a {x: 1}\n",
        "a: &a {b: 1, <<: *a}\n",
        // Recursive anchors, as keys and as values.
        "a: &a {*a : x}\n",
        "a: &a [*a]\n",
        "&a {*a : *a}\n",
    };

    [Theory]
    [MemberData(nameof(AliasStructures))]
    public void Alias_before_its_anchor_or_inside_it_is_a_diagnostic_not_a_stack_overflow_class_14_yaml_alias(string yaml)
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlDocumentReader.Read(yaml, "input/_data/alias.yml", 1, diagnostics);

        Assert.Null(root);
        var problem = Assert.Single(diagnostics);
        Assert.Contains(problem.Code, new[] { DiagnosticCode.InvalidYaml, DiagnosticCode.YamlAliasExpansion });
        Assert.InRange(problem.Location.Line, 1, yaml.Split('\n').Length);
    }

    [Fact]
    public void Alias_key_before_its_anchor_is_PT001_at_the_alias_class_14_yaml_alias()
    {
        using var site = HostileSite.Create();
        site.Write("_data/alias.yml", "title: ก\n*a : x\nb: &a y\n");
        site.WritePage("about/alias.md", "title: ก\n*a : x\ndescription: &a y");

        var result = site.BuildFailing();

        var data = Assert.Single(result.Diagnostics, d => d.Location.Path == site.Display("_data/alias.yml"));
        Assert.Equal((DiagnosticCode.InvalidYaml, 2, 1), (data.Code, data.Location.Line, data.Location.Column));
        var page = Assert.Single(result.Diagnostics, d => d.Location.Path == site.Display("about/alias.md"));
        Assert.Equal((DiagnosticCode.InvalidYaml, 3), (page.Code, page.Location.Line));
    }

    [Fact]
    public void Aliases_after_their_anchors_still_read_as_keys_and_merges()
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlDocumentReader.Read("k: &k name\nbase: &base {x: 1}\n*k : value\nmerged: {<<: *base, y: 2}\n", "input/_data/alias.yml", 1, diagnostics);

        Assert.Empty(diagnostics);
        var values = Assert.IsType<Dictionary<string, object?>>(DataValueReader.ToValue(root!));
        Assert.Equal("value", values["name"]);
        Assert.Equal(1m, Assert.IsType<Dictionary<string, object?>>(Assert.IsType<Dictionary<string, object?>>(values["merged"])["<<"])["x"]);
    }

    [Fact]
    public void Deep_flow_nesting_of_alias_keys_is_bounded()
    {
        var diagnostics = new List<Diagnostic>();
        var yaml = "a: &a x\nk: " + string.Concat(Enumerable.Repeat("{*a : ", 5_000)) + "v" + new string('}', 5_000) + "\n";

        Assert.Null(YamlDocumentReader.Read(yaml, "input/_data/alias.yml", 1, diagnostics));

        Assert.Equal(DiagnosticCode.YamlTooDeep, Assert.Single(diagnostics).Code);
    }
}
