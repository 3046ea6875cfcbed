using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Thai;

namespace Portal.Tests.Unit;

public sealed class FrontMatterReaderTests
{
    private const string DisplayPath = "input/ita/o18.md";

    [Fact]
    public void Reads_every_key_into_its_type()
    {
        var frontMatter = Read("""
            ---
            title: แผนการใช้จ่ายงบประมาณ
            description: "แผนประจำปี 2566"
            date: 2022-10-01
            updated: 2023-02-15
            layout: oit
            draft: true
            tags: [งบประมาณ, แผน]
            order: 3
            fiscal_year: 2566
            attachments:
              - file: ita/plan-2566.pdf
                title: แผน (PDF)
              - file: ita/รายงาน 2566.pdf
            oit: ["2566/O18", "2565/O18"]
            ---
            เนื้อหา
            """, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("แผนการใช้จ่ายงบประมาณ", frontMatter.Title);
        Assert.Equal("แผนประจำปี 2566", frontMatter.Description);
        Assert.Equal(new DateOnly(2022, 10, 1), frontMatter.Date);
        Assert.Equal(new DateOnly(2023, 2, 15), frontMatter.Updated);
        Assert.Equal("oit", frontMatter.Layout);
        Assert.True(frontMatter.Draft);
        Assert.Equal(["งบประมาณ", "แผน"], frontMatter.Tags);
        Assert.Equal(3, frontMatter.Order);
        Assert.Equal(new FiscalYear(2566), frontMatter.FiscalYearOverride);
        Assert.Equal(new FiscalYear(2566), frontMatter.FiscalYear);
        Assert.Equal(["2566/O18", "2565/O18"], Portal.Features.Oit.OitClaims.Of(frontMatter).Select(c => c.Text));

        Assert.Collection(frontMatter.Attachments,
            a =>
            {
                Assert.Equal("ita/plan-2566.pdf", a.File);
                Assert.Equal("แผน (PDF)", a.Title);
                Assert.Equal(new SourceLocation(DisplayPath, 12, 5), a.Location);
            },
            a =>
            {
                Assert.Equal("ita/รายงาน 2566.pdf", a.File);
                Assert.Equal("รายงาน 2566.pdf", a.Title);   // no title: the file name
                Assert.Equal(new SourceLocation(DisplayPath, 14, 5), a.Location);
            });
    }

    [Fact]
    public void Remembers_where_each_key_was_written()
    {
        var frontMatter = Read("---\ntitle: ก\n\nlayout: oit\n  # comment\ndate: 2023-02-15\n---\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new SourceLocation(DisplayPath, 2, 1), frontMatter.KeyLocations["title"]);
        Assert.Equal(new SourceLocation(DisplayPath, 4, 1), frontMatter.KeyLocations["layout"]);
        Assert.Equal(new SourceLocation(DisplayPath, 6, 1), frontMatter.KeyLocations["date"]);
        Assert.False(frontMatter.KeyLocations.ContainsKey("tags"));
    }

    [Fact]
    public void Defaults_when_optional_keys_are_absent()
    {
        var frontMatter = Read("---\ntitle: ก\n---\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Null(frontMatter.Description);
        Assert.Null(frontMatter.Date);
        Assert.Null(frontMatter.Updated);
        Assert.Null(frontMatter.Layout);
        Assert.False(frontMatter.Draft);
        Assert.Empty(frontMatter.Tags);
        Assert.Null(frontMatter.Order);
        Assert.Null(frontMatter.FiscalYear);
        Assert.Empty(frontMatter.Attachments);
        Assert.Empty(Portal.Features.Oit.OitClaims.Of(frontMatter));
    }

    [Theory]
    [InlineData("draft: false", false)]
    [InlineData("draft: true", true)]
    public void Draft_is_a_plain_boolean(string line, bool expected)
    {
        var frontMatter = Read($"---\ntitle: ก\n{line}\n---\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, frontMatter.Draft);
    }

    [Fact]
    public void Order_may_be_negative() =>
        Assert.Equal(-2, Read("---\ntitle: ก\norder: -2\n---\n", out _).Order);

    [Fact]
    public void Text_values_are_normalised()
    {
        var frontMatter = Read("---\ntitle: การด\u0E4D\u0E32เนินงาน\ntags: [ท\u0E4D\u0E32]\n---\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("การดำเนินงาน", frontMatter.Title);
        Assert.Equal(["ทำ"], frontMatter.Tags);
    }

    [Fact]
    public void Missing_title_is_reported_at_the_start_of_the_file()
    {
        Read("---\ndate: 2023-02-15\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT002", 1, 1));
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ''")]
    [InlineData("title: \"  \"")]
    public void Empty_title_is_reported_at_the_title_key(string line)
    {
        Read($"---\n{line}\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT002", 2, 1));
    }

    [Fact]
    public void Empty_front_matter_has_no_title()
    {
        Read("---\n---\nเนื้อหา\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT002", 1, 1));
    }

    [Fact]
    public void No_front_matter_means_no_title()
    {
        var frontMatter = Read("# หัวข้อ\n\nเนื้อหา\n", out var diagnostics);

        Assert.Equal("", frontMatter.Title);
        AssertProblems(diagnostics, ("PT002", 1, 1));
    }

    [Fact]
    public void Front_matter_must_start_on_the_first_line()
    {
        Read("\n---\ntitle: ก\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT002", 1, 1));
    }

    [Fact]
    public void Unterminated_front_matter_is_reported_once()
    {
        var frontMatter = Read("---\ntitle: ก\ndate: 2023-02-15\n\n# หัวข้อ\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT014", 1, 1));
        Assert.Equal("", frontMatter.Title);
        Assert.Contains("no closing ---", diagnostics[0].EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_fence_may_end_the_file_without_a_newline()
    {
        var frontMatter = Read("---\ntitle: ก\n---", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("ก", frontMatter.Title);
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("fiscalyear", "fiscal_year")]
    [InlineData("fiscal-year", "fiscal_year")]
    [InlineData("tag", "tags")]
    [InlineData("attachment", "attachments")]
    [InlineData("discription", "description")]
    [InlineData("update", "updated")]
    public void Unknown_key_suggests_the_nearest_known_key(string key, string suggestion)
    {
        Read($"---\ntitle: ก\n{key}: x\n---\n", out var diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnknownKey, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(new SourceLocation(DisplayPath, 3, 1), problem.Location);
        Assert.Equal($"unknown front-matter key '{key}'; did you mean '{suggestion}'?", problem.EnglishMessage);
        Assert.Equal($"ไม่รู้จักคีย์ '{key}' หมายถึง '{suggestion}' หรือไม่", problem.ThaiMessage);
    }

    [Fact]
    public void Unknown_key_far_from_every_known_key_lists_the_known_keys()
    {
        Read("---\ntitle: ก\ncolour: red\n---\n", out var diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnknownKey, problem.Code);
        Assert.Equal(new SourceLocation(DisplayPath, 3, 1), problem.Location);
        Assert.Equal(
            "unknown front-matter key 'colour'; use one of: title, description, date, updated, layout, draft, tags, order, fiscal_year, attachments, kind, slug, oit",
            problem.EnglishMessage);
        Assert.DoesNotContain("did you mean", problem.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("ใช้ได้: title, description", problem.ThaiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_does_not_stop_the_known_keys_from_being_read()
    {
        var frontMatter = Read("---\ntitel: x\ntitle: ก\ndate: 2023-02-15\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT003", 2, 1));
        Assert.Equal("ก", frontMatter.Title);
        Assert.Equal(new DateOnly(2023, 2, 15), frontMatter.Date);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-2-5")]
    [InlineData("15/02/2023")]
    [InlineData("2023-13-01")]
    [InlineData("'15 กุมภาพันธ์ 2566'")]
    public void Invalid_date_is_reported_at_the_value(string value)
    {
        var frontMatter = Read($"---\ntitle: ก\ndate: {value}\n---\n", out var diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.InvalidDate, problem.Code);
        Assert.Equal(new SourceLocation(DisplayPath, 3, 7), problem.Location);
        Assert.Contains("YYYY-MM-DD", problem.EnglishMessage, StringComparison.Ordinal);
        Assert.Null(frontMatter.Date);
    }

    [Fact]
    public void Invalid_updated_is_reported_at_the_value()
    {
        Read("---\ntitle: ก\nupdated: 2023-02-29\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT004", 3, 10));
        Assert.Equal(
            "'updated' value '2023-02-29' is not a valid date; use a real Gregorian date as YYYY-MM-DD, e.g. 2023-02-15",
            diagnostics[0].EnglishMessage);
    }

    [Fact]
    public void Leap_day_is_a_valid_date() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Read("---\ntitle: ก\ndate: 2024-02-29\n---\n", out _).Date);

    [Fact]
    public void A_buddhist_era_year_in_a_date_is_reported()
    {
        // Staff often write the year they know (2566); as a Gregorian date it would be shown as
        // "15 กุมภาพันธ์ 3109" and put the page in fiscal year 3109, silently out of every OIT year.
        var frontMatter = Read("---\ntitle: ก\ndate: 2566-02-15\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT004", 3, 7));
        Assert.Null(frontMatter.Date);
    }

    [Fact]
    public void Tags_as_a_string_is_reported_at_the_value()
    {
        var frontMatter = Read("---\ntitle: ก\ntags: งบประมาณ\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 7));
        Assert.Equal("'tags' must be a list of text, e.g. [a, b]", diagnostics[0].EnglishMessage);
        Assert.Empty(frontMatter.Tags);
    }

    [Fact]
    public void Tags_with_a_nested_list_is_reported()
    {
        Read("---\ntitle: ก\ntags: [ก, [ข]]\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 7));
    }

    [Fact]
    public void Oit_as_a_string_is_reported()
    {
        Read("---\ntitle: ก\noit: 2566/O18\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 6));
        Assert.Equal("'oit' must be a list of OIT claims, e.g. [\"2566/O42\"] (YYYY/O<n>, e.g. 2566/O42 (a monthly item: 2569/O11@2026-03))", diagnostics[0].EnglishMessage);
    }

    [Theory]
    [InlineData("สาม")]
    [InlineData("1.5")]
    [InlineData("[1]")]
    public void Order_that_is_not_a_whole_number_is_reported(string value)
    {
        var frontMatter = Read($"---\ntitle: ก\norder: {value}\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 8));
        Assert.Equal("'order' must be a whole number", diagnostics[0].EnglishMessage);
        Assert.Null(frontMatter.Order);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("ใช่")]
    public void Draft_that_is_not_true_or_false_is_reported(string value)
    {
        var frontMatter = Read($"---\ntitle: ก\ndraft: {value}\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 8));
        Assert.Equal("'draft' must be true or false", diagnostics[0].EnglishMessage);
        Assert.False(frontMatter.Draft);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("๒๕๖๖")]
    [InlineData("ปี 2566")]
    [InlineData("-2566")]
    public void Fiscal_year_that_is_not_a_buddhist_year_is_reported(string value)
    {
        var frontMatter = Read($"---\ntitle: ก\nfiscal_year: {value}\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 14));
        Assert.Equal("'fiscal_year' must be a Buddhist-era fiscal year, e.g. 2566", diagnostics[0].EnglishMessage);
        Assert.Null(frontMatter.FiscalYearOverride);
    }

    [Fact]
    public void Text_key_given_a_mapping_is_reported()
    {
        Read("---\ntitle: ก\nlayout: {name: oit}\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 3, 9));
        Assert.Equal("'layout' must be text", diagnostics[0].EnglishMessage);
    }

    [Fact]
    public void Title_given_a_list_is_reported_as_wrong_type_and_missing()
    {
        Read("---\ntitle: [ก]\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 2, 8), ("PT002", 2, 1));
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line_in_the_file()
    {
        // Front matter starts on line 2 of the file: YAML line 2 is file line 3.
        var frontMatter = Read("---\ntitle: ก\n  bad: indent\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 3, 6));
        Assert.StartsWith("invalid YAML: ", diagnostics[0].EnglishMessage, StringComparison.Ordinal);
        Assert.Equal("", frontMatter.Title);
    }

    [Fact]
    public void Unclosed_quote_is_reported_where_the_quote_opens()
    {
        Read("---\ntitle: \"ก\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 2, 8));
    }

    [Fact]
    public void Colon_inside_an_unquoted_value_is_reported()
    {
        Read("---\ntitle: ก\ndescription: ผล: ดี\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 3, 16));
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_one()
    {
        Read("---\ntitle: ก\ndate: 2023-02-15\ntitle: ข\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 4, 1));
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        Read("---\n- title\n- ก\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 2, 1));
        Assert.Equal("front matter must be a mapping of key: value", diagnostics[0].EnglishMessage);
    }

    [Fact]
    public void Crlf_line_endings_and_a_bom_give_the_same_values_and_positions()
    {
        const string lf = "---\ntitle: ผลการประเมิน\ndate: 2023-02-15\ntags: [ก, ข]\ncolour: red\norder: สาม\n---\nเนื้อหา\n";
        var crlfWithBom = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = Read(lf, out var lfProblems);
        var fromCrlf = Read(crlfWithBom, out var crlfProblems);

        Assert.Equal("ผลการประเมิน", fromCrlf.Title);
        Assert.Equal(fromLf.Title, fromCrlf.Title);
        Assert.Equal(fromLf.Date, fromCrlf.Date);
        Assert.Equal(fromLf.Tags, fromCrlf.Tags);
        Assert.Equal(fromLf.KeyLocations.OrderBy(k => k.Key), fromCrlf.KeyLocations.OrderBy(k => k.Key));
        AssertProblems(crlfProblems, ("PT003", 5, 1), ("PT005", 6, 8));
        Assert.Equal(lfProblems, crlfProblems);
    }

    [Fact]
    public void Bad_yaml_with_crlf_and_bom_is_reported_at_the_same_place()
    {
        Read("\uFEFF---\r\ntitle: ก\r\n  bad: indent\r\n---\r\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT001", 3, 6));
    }

    [Fact]
    public void Attachment_with_an_unknown_sub_key_suggests_the_right_one()
    {
        var frontMatter = Read("""
            ---
            title: ก
            attachments:
              - file: a.pdf
                titel: เอกสาร ก
            ---
            """, out var diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.UnknownKey, problem.Code);
        Assert.Equal(new SourceLocation(DisplayPath, 5, 5), problem.Location);
        Assert.Equal("unknown front-matter key 'titel'; did you mean 'title'?", problem.EnglishMessage);

        // The attachment is still read, with the file name as its title.
        var attachment = Assert.Single(frontMatter.Attachments);
        Assert.Equal("a.pdf", attachment.File);
        Assert.Equal("a.pdf", attachment.Title);
    }

    [Fact]
    public void Attachment_sub_key_far_from_the_known_ones_lists_them()
    {
        Read("---\ntitle: ก\nattachments:\n  - file: a.pdf\n    caption: 10\n---\n", out var diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(DisplayPath, 5, 5), problem.Location);
        Assert.Equal("unknown front-matter key 'caption'; use one of: file, title, oit", problem.EnglishMessage);
    }

    [Fact]
    public void Attachment_without_a_file_is_reported_and_skipped()
    {
        var frontMatter = Read("---\ntitle: ก\nattachments:\n  - title: ไม่มีไฟล์\n  - file: b.pdf\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT005", 4, 5));
        Assert.Equal("'attachments.file' must be a file path under input/files/", diagnostics[0].EnglishMessage);
        Assert.Equal("b.pdf", Assert.Single(frontMatter.Attachments).File);
    }

    [Fact]
    public void Attachments_that_are_not_a_list_of_mappings_are_reported()
    {
        Read("---\ntitle: ก\nattachments: a.pdf\n---\n", out var asString);
        Read("---\ntitle: ก\nattachments:\n  - a.pdf\n---\n", out var asListOfStrings);

        AssertProblems(asString, ("PT005", 3, 14));
        AssertProblems(asListOfStrings, ("PT005", 4, 5));
        Assert.Equal("'attachments' must be a list of {file, title}", asString[0].EnglishMessage);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        Read("""
            ---
            titel: แผนงาน
            fiscalyear: 2566
            colour: red
            date: 2023-02-30
            tags: ก
            order: สาม
            draft: yes
            attachments:
              - file: a.pdf
                titel: A
              - title: ไม่มีไฟล์
            ---
            """, out var diagnostics);

        AssertProblems(diagnostics,
            ("PT003", 2, 1),
            ("PT003", 3, 1),
            ("PT003", 4, 1),
            ("PT004", 5, 7),
            ("PT005", 6, 7),
            ("PT005", 7, 8),
            ("PT005", 8, 8),
            ("PT003", 11, 5),
            ("PT005", 12, 5),
            ("PT002", 1, 1));
        Assert.All(diagnostics, d => Assert.Equal(DisplayPath, d.Location.Path));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.ThaiMessage)));
    }

    [Fact]
    public void Diagnostic_prints_as_path_line_column_code_and_both_messages()
    {
        Read("---\ntitel: ก\n---\n", out var diagnostics);

        Assert.Equal(
            "input/ita/o18.md:2:1: error PT003: ไม่รู้จักคีย์ 'titel' หมายถึง 'title' หรือไม่ (unknown front-matter key 'titel'; did you mean 'title'?)",
            TextDiagnosticFormatter.Format(diagnostics[0]));
    }

    [Fact]
    public void A_news_page_without_a_date_is_reported_at_its_layout()
    {
        Read("---\ntitle: ประชุมสภา\nlayout: news\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT017", 3, 1));
        Assert.Equal("a page with layout 'news' needs 'date'", diagnostics[0].EnglishMessage);
        Assert.Contains("ต้องมี 'date'", diagnostics[0].ThaiMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: ประชุมสภา\nlayout: news\ndate: 2023-02-15\n---\n")]
    [InlineData("---\ntitle: ข้อมูลทั่วไป\n---\n")]
    public void Pages_with_what_their_layout_needs_have_no_problem(string text)
    {
        Read(text, out var diagnostics);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_news_page_with_an_invalid_date_gets_only_the_date_error()
    {
        Read("---\ntitle: ประชุมสภา\nlayout: news\ndate: 2023-02-30\n---\n", out var diagnostics);

        AssertProblems(diagnostics, ("PT004", 4, 7));
    }

    private static FrontMatter Read(string text, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return FrontMatterReader.Read(new SourceFile("ita/o18.md", DisplayPath, text), PortalFeatures.Parts.Kinds, diagnostics);
    }

    private static void AssertProblems(IReadOnlyList<Diagnostic> diagnostics, params (string Code, int Line, int Column)[] expected) =>
        Assert.Equal(expected, diagnostics.Select(d => (d.Code.Id, d.Location.Line, d.Location.Column)).ToArray());
}
