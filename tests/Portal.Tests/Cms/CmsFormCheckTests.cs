using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Features.Editor;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.Cms;

/// <summary>
/// The web editor's form of every page kind against <c>portal check</c>: a page filled in with exactly the fields the form
/// requires passes the check; leaving out any one of them fails it; adding any optional one, as its widget writes it,
/// still passes. So the form never saves what the check rejects, nor asks for what the check does not need.
/// </summary>
public sealed class CmsFormCheckTests
{
    private static readonly YamlScalarNode Name = new("name");

    public static TheoryData<string> KindNames() => [.. PortalFeatures.Parts.Kinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(KindNames))]
    public void The_form_requires_exactly_what_the_check_requires(string kindName)
    {
        var form = new CmsFields([], "input/files").For(PortalFeatures.Parts.Kinds.Find(kindName)!).Where(f => f[Name].ToString() != "body").ToList();

        Assert.Empty(Errors(kindName, form, toggled: null));
        foreach (var (path, required) in Paths(form, ""))
        {
            var errors = Errors(kindName, form, path);
            if (required)
            {
                Assert.True(errors.Count > 0, $"{kindName}: the form requires '{path}', but the check accepts a page without it");
            }
            else
            {
                Assert.True(errors.Count == 0, $"{kindName}: the form offers '{path}' as optional, but the check rejects it: {string.Join("; ", errors)}");
            }
        }
    }

    [Fact]
    public void Every_field_and_sub_field_has_a_thai_label_and_every_list_names_its_items_in_thai()
    {
        foreach (var kind in PortalFeatures.Parts.Kinds.All)
        {
            foreach (var field in Descendants(new CmsFields([], "input/files").For(kind)))
            {
                Assert.Matches(@"\p{IsThai}", field["label"].ToString());
                if (field.Children.TryGetValue(new YamlScalarNode("widget"), out var widget) && widget.ToString() is "list" or CmsFields.ListOrNone
                    && field.Children.ContainsKey(new YamlScalarNode("fields")) && field[Name].ToString() != FrontMatterKeys.Attachments)
                {
                    Assert.Matches(@"^\p{IsThai}", field["label_singular"].ToString());
                    Assert.DoesNotContain("{", field["label_singular"].ToString(), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void A_step_without_its_duration_is_refused_by_the_form_as_by_the_check()
    {
        var steps = new CmsFields([], "input/files").For(PortalFeatures.Parts.Kinds.Find("service")!).Single(f => f[Name].ToString() == "steps");
        var duration = ((YamlSequenceNode)steps["fields"]).Cast<YamlMappingNode>().Single(f => f[Name].ToString() == "duration");

        Assert.Equal("true", duration["required"].ToString());
        Assert.Equal("ระยะเวลา", duration["label"].ToString());
    }

    [Theory]
    [InlineData("road-repair", null)]
    [InlineData("2569-budget", null)]
    [InlineData("ซ่อมถนน", "PT105")]
    [InlineData("Road_Repair", "PT105")]
    [InlineData("road--repair", "PT105")]
    public void A_slug_is_checked_by_the_same_rule_as_the_editors_field(string slug, string? code)
    {
        var diagnostics = new List<Diagnostic>();
        FrontMatterReader.Read(new SourceFile("news/x.md", "input/news/x.md", $"---\ntitle: ข่าว\nslug: \"{slug}\"\n---\n"), PortalFeatures.Parts.Kinds, diagnostics);

        Assert.Equal(code is null ? [] : [code], diagnostics.Select(d => d.Code.Id));
        var field = CmsFields.Slug("news");
        Assert.Equal(PageSlug.Pattern, ((YamlSequenceNode)field["pattern"])[0].ToString());
        Assert.Equal(code is null, System.Text.RegularExpressions.Regex.IsMatch(slug, ((YamlSequenceNode)field["pattern"])[0].ToString()));
    }

    private static IEnumerable<YamlMappingNode> Descendants(IEnumerable<YamlMappingNode> fields) =>
        fields.SelectMany(f => f.Children.TryGetValue(new YamlScalarNode("fields"), out var children)
            ? Descendants(((YamlSequenceNode)children).Cast<YamlMappingNode>()).Prepend(f)
            : [f]);

    /// <summary>Every field and sub-field as a dotted path, with whether the form requires it.</summary>
    private static IEnumerable<(string Path, bool Required)> Paths(IEnumerable<YamlMappingNode> fields, string prefix)
    {
        foreach (var field in fields.Where(f => Widget(f) != "select"))
        {
            var path = prefix + field[Name];
            yield return (path, IsRequired(field));
            if (field.Children.TryGetValue(new YamlScalarNode("fields"), out var children))
            {
                foreach (var child in Paths(((YamlSequenceNode)children).Cast<YamlMappingNode>(), path + "."))
                {
                    yield return child;
                }
            }
        }
    }

    private static bool IsRequired(YamlMappingNode field) =>
        !field.Children.TryGetValue(new YamlScalarNode("required"), out var required) || required.ToString() != "false";

    /// <summary>The errors of a page written with the form's required fields, the toggled one left out if required or added if optional.</summary>
    private static List<string> Errors(string kindName, IReadOnlyList<YamlMappingNode> form, string? toggled)
    {
        bool Include(string path, bool required) => path == toggled ? !required : required || (toggled?.StartsWith(path + ".", StringComparison.Ordinal) ?? false);

        var page = Mapping(form, "", Include);
        page.Children.Add(new YamlScalarNode(FrontMatterKeys.Kind), new YamlScalarNode(kindName));
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(page)).Save(writer, assignAnchors: false);
        var diagnostics = new List<Diagnostic>();
        FrontMatterReader.Read(new SourceFile("section/page.md", "input/section/page.md", $"---\n{writer.ToString().TrimEnd('.', '\n', '\r')}\n---\nเนื้อหา\n"), PortalFeatures.Parts.Kinds, diagnostics);
        return [.. diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code.Id} {d.EnglishMessage}")];
    }

    private static YamlMappingNode Mapping(IEnumerable<YamlMappingNode> fields, string prefix, Func<string, bool, bool> include)
    {
        var mapping = new YamlMappingNode();
        foreach (var field in fields)
        {
            var path = prefix + field[Name];
            if (include(path, IsRequired(field)) && Sample(field, include, path) is { } value)
            {
                mapping.Add(field[Name].ToString(), value);
            }
        }

        return mapping;
    }

    private static string Widget(YamlMappingNode field) => field.Children.TryGetValue(new YamlScalarNode("widget"), out var widget) ? widget.ToString() : "string";

    /// <summary>What the field's widget writes when filled in as staff would; null for a select (no OIT catalog here, so no option).</summary>
    private static YamlNode? Sample(YamlMappingNode field, Func<string, bool, bool> include, string path)
    {
        var widget = Widget(field);
        var children = field.Children.TryGetValue(new YamlScalarNode("fields"), out var c) ? ((YamlSequenceNode)c).Cast<YamlMappingNode>().ToList() : null;
        return widget switch
        {
            "list" or CmsFields.ListOrNone when children is not null => new YamlSequenceNode(Mapping(children, path + ".", include)),
            "list" => new YamlSequenceNode(new YamlScalarNode("ข้อความ")),
            "object" => Mapping(children!, path + ".", include),
            "number" => new YamlScalarNode("2569"),
            CmsFields.ThaiDate => new YamlScalarNode("2026-12-01"),
            "boolean" => new YamlScalarNode("false"),
            "file" => new YamlScalarNode("ita/report.pdf"),
            "select" => null,
            _ => new YamlScalarNode(field[Name].ToString() switch
            {
                "phone" => "0 3875 0653",
                "link" => "https://example.go.th/",
                "email" => "saraban@example.go.th",
                "duration" => "15 นาที",
                _ => "ข้อความ",
            })
            { Style = ScalarStyle.DoubleQuoted },
        };
    }
}
