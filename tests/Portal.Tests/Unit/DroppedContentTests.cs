using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Tests.Unit.Support;

namespace Portal.Tests.Unit;

/// <summary>What Markdown would drop or blur without a word is reported at its line: lost footnotes, raw HTML.</summary>
public sealed class DroppedContentTests
{
    private const string DisplayPath = "input/complaints/index.md";
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Two_footnote_references_side_by_side_are_reported_with_the_fix()
    {
        var problems = Problems("---\ntitle: t\n---\nโทร 1567[^moi][^isra]\n\n[^moi]: กระทรวงมหาดไทย\n[^isra]: สำนักข่าวอิศรา\n");

        var problem = Assert.Single(problems);
        Assert.Equal(("PT035", new SourceLocation(DisplayPath, 4, 9)), (problem.Code.Id, problem.Location));
        Assert.Contains("[^moi] [^isra]", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnote_references_separated_by_a_space_render_as_two_footnotes_and_pass()
    {
        var rendered = Render("---\ntitle: t\n---\nโทร 1567[^moi] [^isra]\n\n[^moi]: กระทรวงมหาดไทย\n[^isra]: สำนักข่าวอิศรา\n", out var problems);

        Assert.Empty(problems);
        Assert.Contains("กระทรวงมหาดไทย", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("สำนักข่าวอิศรา", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_defined_and_never_cited_is_an_error_at_its_definition()
    {
        var problems = Problems("---\ntitle: t\n---\nข้อความ[^a]\n\n[^a]: ที่มา ก\n[^unused]: ที่มา ข\n");

        var problem = Assert.Single(problems);
        Assert.Equal(("PT033", new SourceLocation(DisplayPath, 7, 1)), (problem.Code.Id, problem.Location));
        Assert.Contains("[^unused]", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_cited_and_never_defined_is_an_error_at_the_citation()
    {
        var problems = Problems("---\ntitle: t\n---\nข้อความ[^a] และ[^missing]\n\n[^a]: ที่มา ก\n");

        var problem = Assert.Single(problems);
        Assert.Equal(("PT034", new SourceLocation(DisplayPath, 4, 16)), (problem.Code.Id, problem.Location));
        Assert.Contains("[^missing]", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("บรรทัดแรก<br>บรรทัดสอง", "<br>", 10, "backslash")]
    [InlineData("คำ <b>หนา</b>", "<b>", 4, "**bold**")]
    [InlineData("<div class=\"x\">กล่อง</div>", "<div class=\"x\">", 1, ":::note")]
    [InlineData("<marquee>วิ่ง</marquee>", "<marquee>", 1, "Markdown instead")]
    public void Raw_html_is_a_warning_that_names_the_tag_and_the_markdown_way(string body, string tag, int column, string way)
    {
        var problems = Problems($"---\ntitle: t\n---\n{body}\n");

        var first = problems[0];
        Assert.Equal((Severity.Warning, "PT036", new SourceLocation(DisplayPath, 4, column)), (first.Severity, first.Code.Id, first.Location));
        Assert.Contains(tag, first.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains(way, first.EnglishMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ถ้า a < b และ b > c")]
    [InlineData("`<br>` ในโค้ด")]
    [InlineData("<https://www.banbuengcity.go.th>")]
    public void Angle_brackets_that_are_not_html_tags_pass(string body)
    {
        Assert.Empty(Problems($"---\ntitle: t\n---\n{body}\n"));
    }

    [Fact]
    public void Attributes_dropped_for_safety_are_a_warning_that_names_them()
    {
        var problems = Problems("---\ntitle: t\n---\n## หัวข้อ {#ok .lead style=\"color:red\" onclick=\"x()\"}\n");

        var problem = Assert.Single(problems);
        Assert.Equal((Severity.Warning, "PT037", new SourceLocation(DisplayPath, 4, 1)), (problem.Severity, problem.Code.Id, problem.Location));
        Assert.Contains("style, onclick", problem.EnglishMessage, StringComparison.Ordinal);
    }

    private static List<Diagnostic> Problems(string text)
    {
        Render(text, out var problems);
        return problems;
    }

    private static RenderedMarkdown Render(string text, out List<Diagnostic> problems)
    {
        problems = [];
        return Renderer.Render(new SourceFile("complaints/index.md", DisplayPath, text), new FakeLinkTargets(), problems);
    }
}
