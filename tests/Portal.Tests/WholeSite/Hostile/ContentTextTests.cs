using System.Text;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Classes 3, 4 and 5: Markdown nested past the parser's limit, characters valid in a file but not in the
/// output, and files that are not UTF-8. Each is a diagnostic at the file (and line where there is one).
/// </summary>
public sealed class ContentTextTests
{
    [Theory]
    [InlineData("quotes")]
    [InlineData("list markers")]
    [InlineData("brackets")]
    public void Markdown_nested_past_the_parsers_limit_is_reported_at_the_file(string kind)
    {
        using var site = HostileSite.Create();
        var body = kind switch
        {
            "quotes" => new string('>', 200) + " ลึก\n",
            "list markers" => string.Concat(Enumerable.Repeat("- ", 2_000)) + "ลึก\n",
            _ => new string('[', 100_000) + "ลึก\n",
        };
        site.WritePage("about/deep.md", "title: ลึก", body);

        var result = site.BuildFailing();

        Assert.Equal(site.Display("about/deep.md"), HostileSite.Single(result, DiagnosticCode.MarkdownTooDeep).Location.Path);
    }

    [Theory]
    [InlineData("title: ก\u0001ข", 2, 9)]
    [InlineData("title: ก\ndescription: ข\u007F", 3, 15)]
    [InlineData("title: ก\ntags: [\uFFFE]", 3, 8)]
    [InlineData("title: ก\ntags: [\uFDD0]", 3, 8)]
    public void Control_characters_and_noncharacters_in_the_file_are_reported_where_they_are(string frontMatter, int line, int column)
    {
        using var site = HostileSite.Create();
        site.WritePage("news/pasted.md", frontMatter);

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.ForbiddenCharacter);
        Assert.Equal(new SourceLocation(site.Display("news/pasted.md"), line, column), problem.Location);
    }

    [Theory]
    [InlineData("title: \"ก\\x01ข\"")]
    [InlineData("title: \"ก\\uFFFEข\"")]
    [InlineData("title: \"ก\\U0010FFFF\"")]
    public void Escaped_characters_in_yaml_are_caught_after_decoding(string frontMatter)
    {
        using var site = HostileSite.Create();
        site.WritePage("news/escaped.md", frontMatter);
        site.Write("_data/escaped.yml", frontMatter);

        var result = site.BuildFailing();

        var paths = result.Diagnostics.Where(d => d.Code == DiagnosticCode.ForbiddenCharacter).Select(d => (d.Location.Path, d.Location.Line)).Order();
        Assert.Equal([(site.Display("_data/escaped.yml"), 1), (site.Display("news/escaped.md"), 2)], paths);
    }

    [Theory]
    [InlineData("[ก](#%EF%BF%BE)")]
    [InlineData("[ก](results.md#%EF%B7%90)")]
    [InlineData("[ก](%01.pdf)")]
    public void Percent_encoded_noncharacters_in_links_are_reported_at_the_link(string link)
    {
        using var site = HostileSite.Create();
        site.WritePage("ita/encoded.md", "title: ก", $"ข้อความ {link}\n");

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display("ita/encoded.md"), 4, 9), HostileSite.Single(result, DiagnosticCode.ForbiddenCharacter).Location);
    }

    [Fact]
    public void File_saved_as_tis_620_is_reported_as_not_utf_8_with_its_own_thai_words_and_how_to_fix_it()
    {
        using var site = HostileSite.Create();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "---\ntitle: ประกาศเทศบาล\n---\nข้อความภาษาไทย\n";
        site.WriteBytes("news/old-editor.md", Encoding.GetEncoding(874).GetBytes(text));

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.NotUtf8);
        Assert.Equal(new SourceLocation(site.Display("news/old-editor.md"), 2, 8), problem.Location);
        Assert.Contains("TIS-620", problem.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("TIS-620", problem.ThaiMessage, StringComparison.Ordinal);
        Assert.Contains("ประกาศเทศบาล", problem.ThaiMessage, StringComparison.Ordinal);
        Assert.Contains("save it again as UTF-8", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf_8_is_reported_at_the_first_bad_byte_without_claiming_tis_620()
    {
        using var site = HostileSite.Create();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ก\n---\nข้อ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        site.WriteBytes("_data/broken.yml", bytes);

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.NotUtf8);
        Assert.Equal(new SourceLocation(site.Display("_data/broken.yml"), 4, 4), problem.Location);
        Assert.DoesNotContain("TIS-620", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf_8_with_byte_order_mark_is_read()
    {
        using var site = HostileSite.Create();
        site.WriteBytes("news/bom.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("---\ntitle: มี BOM\n---\nข้อความ\n")]);

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
    }

    [Theory]
    [InlineData("## ก&#xFFFE;")]
    [InlineData("## &#1;ข")]
    [InlineData("ข้อความ &#x9F; ต่อ")]
    [InlineData("[ลิงก์](#&#xFDD0;)")]
    public void Html_entities_that_decode_to_refused_characters_are_reported_where_they_are(string body)
    {
        using var site = HostileSite.Create();
        site.WritePage("news/entity.md", "title: ก", body + "\n");

        var result = site.BuildFailing();

        var problem = HostileSite.Single(result, DiagnosticCode.ForbiddenCharacter);
        Assert.Equal(site.Display("news/entity.md"), problem.Location.Path);
        Assert.Equal(4, problem.Location.Line);
    }

    /// <summary>Found by the fuzzer: a lone carriage return ends a line for Markdig, so it must for every position the build reports.</summary>
    [Fact]
    public void Lone_carriage_returns_end_lines_for_every_stage_alike()
    {
        using var site = HostileSite.Create();
        site.WritePage("news/old-mac.md", "title: ก", "a\r:::warnig\rx\r:::\r");
        site.WritePage("news/old-mac-control.md", "title: ก", "a\rb\u0001\r");

        var result = site.BuildFailing();

        Assert.Equal(new SourceLocation(site.Display("news/old-mac.md"), 5, 1), HostileSite.Single(result, DiagnosticCode.UnknownCallout).Location);
        Assert.Equal(new SourceLocation(site.Display("news/old-mac-control.md"), 5, 2), HostileSite.Single(result, DiagnosticCode.ForbiddenCharacter).Location);
    }

    /// <summary>
    /// Found by the fuzzer: YAML reads U+2028 and U+2029 as line breaks, which no editor shows, so a value was cut at
    /// an invisible break and every position after it named the wrong line. In front matter and in a data file alike
    /// the character is reported where it is (a Markdown body may hold it: it is no line break there).
    /// </summary>
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_line_break_only_yaml_reads_as_one_is_reported_where_it_is(string escaped)
    {
        var separator = System.Text.RegularExpressions.Regex.Unescape(escaped);
        using var site = HostileSite.Create();
        site.WritePage("news/pasted-break.md", $"title: ก\ndescription: ข{separator}ค", $"ย่อหน้า{separator}เดียวกัน\n");
        site.Write("_data/pasted-break.yml", $"name: ก\nnote: 'ข{separator}ค'\n");

        var result = site.BuildFailing();

        var problems = result.Diagnostics.Where(d => d.Code == DiagnosticCode.ForbiddenCharacter).Select(d => d.Location).ToList();
        Assert.Equal([new SourceLocation(site.Display("_data/pasted-break.yml"), 2, 9), new SourceLocation(site.Display("news/pasted-break.md"), 3, 15)],
            problems.OrderBy(l => l.Path, StringComparer.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.InvalidYaml);
    }
}
