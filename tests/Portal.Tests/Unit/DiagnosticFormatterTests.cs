using System.Text.Json;
using Portal.Diagnostics;

namespace Portal.Tests.Unit;

public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Problem = Diagnostic.Error(DiagnosticCode.UnknownKey, new SourceLocation("input/news/a,b.md", 3, 7),
        "ไม่รู้จักคีย์ 'titel' 100%", "unknown front-matter key 'titel'; did you mean 'title'?");

    [Fact]
    public void Text_is_the_line_editors_link_to()
    {
        Assert.Equal("input/news/a,b.md:3:7: error PT003: ไม่รู้จักคีย์ 'titel' 100% (unknown front-matter key 'titel'; did you mean 'title'?)",
            new TextDiagnosticFormatter().Line(Problem));
    }

    [Fact]
    public void Text_for_a_terminal_colours_the_place_and_the_severity_and_keeps_the_words()
    {
        var line = new TextDiagnosticFormatter(colour: true).Line(Problem);

        Assert.Equal("\u001b[1minput/news/a,b.md:3:7:\u001b[0m \u001b[31merror PT003:\u001b[0m ไม่รู้จักคีย์ 'titel' 100% (unknown front-matter key 'titel'; did you mean 'title'?)", line);
        Assert.Equal(new TextDiagnosticFormatter().Line(Problem), System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9]+m", ""));
    }

    [Fact]
    public void Repository_paths_are_relative_to_the_folder_that_holds_git_and_leave_outside_paths_alone()
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", $"repo-{Guid.NewGuid():N}");
        var below = Path.Combine(root, "site", "input");
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Directory.CreateDirectory(below);
        try
        {
            var paths = RepositoryPaths.Find(below);

            Assert.Equal(root, paths.Root);
            Assert.Equal("site/input/a.md", paths.Relative(Path.Combine(below, "a.md")));
            Assert.Equal("/elsewhere/a.md", paths.Relative("/elsewhere/a.md"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Github_annotations_escape_properties_and_data_and_take_the_repository_path()
    {
        var line = new GitHubDiagnosticFormatter(path => "site/" + path).Line(Problem);

        Assert.Equal("::error file=site/input/news/a%2Cb.md,line=3,col=7,title=PT003::ไม่รู้จักคีย์ 'titel' 100%25 (unknown front-matter key 'titel'; did you mean 'title'?)", line);
    }

    [Fact]
    public void Json_is_one_document_with_counts_and_thai_unescaped()
    {
        using var writer = new StringWriter();
        ((IDiagnosticFormatter)new JsonDiagnosticFormatter()).Write([Problem, Problem with { Severity = Severity.Warning }], writer);

        var text = writer.ToString();
        Assert.Contains("ไม่รู้จักคีย์", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("PT003", first.GetProperty("code").GetString());
        Assert.Equal("input/news/a,b.md", first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(7, first.GetProperty("column").GetInt32());
        Assert.Equal("warning", json.RootElement.GetProperty("diagnostics")[1].GetProperty("severity").GetString());
    }
}
