using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Tests.Unit.Support;

namespace Portal.Tests.Unit;

/// <summary>
/// Every example of every file in <c>Specs/</c>, rendered as the body of <c>input/ita/page.md</c> and
/// compared with the expected HTML (whitespace between tags ignored). The test name shows the spec
/// file and the example's number in it.
/// </summary>
public sealed partial class MarkdownSpecTests
{
    private const string PagePath = "ita/page.md";
    private const string FrontMatter = "---\ntitle: t\n---\n";

    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in MarkdownSpec.FileNames())
        {
            foreach (var example in MarkdownSpec.Read(file))
            {
                data.Add(file, example.Number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string file, int example)
    {
        var spec = MarkdownSpec.Read(file).Single(e => e.Number == example);
        var source = new SourceFile(PagePath, "input/" + PagePath, FrontMatter + spec.Markdown);
        var diagnostics = new List<Diagnostic>();

        var html = Renderer.Render(source, new FakeLinkTargets(), diagnostics).Html;

        var expected = Normalize(spec.Html);
        var actual = Normalize(html);
        if (expected != actual)
        {
            Assert.Fail($"""
                Specs/{file}:{spec.Line}, example {example} ({spec.Section})
                --- Markdown
                {spec.Markdown}
                --- expected
                {expected}
                --- actual
                {actual}
                --- diagnostics
                {string.Join('\n', diagnostics.Select(TextDiagnosticFormatter.Format))}
                """);
        }
    }

    [Fact]
    public void Every_spec_file_is_found_and_has_examples()
    {
        string[] expectedFiles =
            ["callouts.md", "footnotes-figures.md", "links.md", "safety.md", "tables.md", "thai-headings.md"];

        var files = MarkdownSpec.FileNames();

        Assert.Superset(new HashSet<string>(expectedFiles), new HashSet<string>(files));
        Assert.All(files, f => Assert.NotEmpty(MarkdownSpec.Read(f)));
    }

    [Fact]
    public void Spec_reader_splits_markdown_from_html_and_numbers_examples()
    {
        var examples = MarkdownSpec.Read("thai-headings.md");

        Assert.Equal(Enumerable.Range(1, examples.Count), examples.Select(e => e.Number));
        Assert.Equal("# การวิเคราะห์ผลการประเมิน\n", examples[0].Markdown);
        Assert.Equal("<h1 id=\"การวิเคราะห์ผลการประเมิน\">การวิเคราะห์ผลการประเมิน</h1>", examples[0].Html);
        Assert.Equal("Thai ids", examples[0].Section);
    }

    /// <summary>
    /// Line endings unified, outer whitespace trimmed, and line breaks (with the indentation around
    /// them) between tags removed. A space between two inline tags is kept: it is part of the text.
    /// </summary>
    internal static string Normalize(string html) =>
        BetweenTags().Replace(html.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), "><");

    [GeneratedRegex(@">[ \t]*\n\s*<")]
    private static partial Regex BetweenTags();
}
