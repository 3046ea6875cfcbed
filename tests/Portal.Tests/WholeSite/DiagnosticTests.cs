using System.Text.RegularExpressions;
using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Every content mistake is reported with its code, the file as the user named it, the line and column of the
/// offending key or link, and a Thai and an English message; all of them at once, never only the first.
/// </summary>
public sealed partial class DiagnosticTests
{
    public static TheoryData<string> Fixtures() => ExpectedDiagnostics.Names();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_its_one_error_at_the_offending_place(string fixture)
    {
        var expected = ExpectedDiagnostics.Get(fixture);
        using var site = TempSite.Create(fixture);

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        var diagnostic = Assert.Single(built.Result.Diagnostics);
        Assert.Equal(expected.Code, diagnostic.Code.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(site.Display(expected.File), diagnostic.Location.Path);
        var (line, column) = expected.Location;
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.False(Directory.Exists(site.OutputDirectory), "nothing may be written when the content has errors");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_messages_are_in_thai_and_english(string fixture)
    {
        var expected = ExpectedDiagnostics.Get(fixture);
        using var site = TempSite.Create(fixture);

        var diagnostic = Assert.Single(site.Build().Result.Diagnostics);

        Assert.Matches(@"\p{IsThai}", diagnostic.ThaiMessage);
        Assert.Contains(expected.ThaiFragment, diagnostic.ThaiMessage, StringComparison.Ordinal);
        Assert.Matches("[A-Za-z]{3,}", diagnostic.EnglishMessage);
        Assert.Contains(expected.EnglishFragment, diagnostic.EnglishMessage, StringComparison.Ordinal);
        Assert.NotEqual(diagnostic.ThaiMessage, diagnostic.EnglishMessage);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_formatted_line_is_path_line_column_code_thai_and_english(string fixture)
    {
        var expected = ExpectedDiagnostics.Get(fixture);
        using var site = TempSite.Create(fixture);
        var diagnostic = Assert.Single(site.Build().Result.Diagnostics);

        var text = TextDiagnosticFormatter.Format(diagnostic);

        var (line, column) = expected.Location;
        Assert.StartsWith($"{site.Display(expected.File)}:{line}:{column}: error {expected.Code}: ", text, StringComparison.Ordinal);
        Assert.Matches($@"^{Regex.Escape(site.InputDirectory)}/.+:\d+:\d+: error PT\d{{3}}: .+ \(.+\)$", text);
        Assert.EndsWith($"{diagnostic.ThaiMessage} ({diagnostic.EnglishMessage})", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Displayed_path_is_the_input_argument_as_given()
    {
        using var site = TempSite.Create("error-unknown-key");
        var withSlash = site.InputDirectory + "/";

        var result = SiteBuild.Run(site.Options() with { InputDirectory = withSlash }, PortalFeatures.Parts);

        Assert.Equal(site.Display("typo.md"), Assert.Single(result.Diagnostics).Location.Path);
    }

    [Fact]
    public void Many_errors_are_all_reported_sorted_by_file_line_and_column()
    {
        using var site = TempSite.Create("error-many-errors");

        var diagnostics = site.Build().Result.Diagnostics;

        // Page errors: exact position of the offending key, value or link.
        (string Code, string File, string? Marker)[] exact =
        [
            ("PT002", "first.md", null), // `titel` is not `title`, so the page has none
            ("PT003", "first.md", "titel:"),
            ("PT004", "first.md", "2023-13-01"),
            ("PT012", "first.md", "layout: nosuch"),
            ("PT007", "first.md", "[หน้าที่หาย]"),
            ("PT008", "first.md", "[ไฟล์ที่หาย]"),
            ("PT011", "first.md", "[สคริปต์]"),
            ("PT006", "dup/index.md", null), // dup.md is published at /dup/ too
            ("PT009", "section/second.md", "file: nothing.pdf"),
            ("PT010", "section/second.md", "[นอกโฟลเดอร์]"),
        ];
        foreach (var (code, file, marker) in exact)
        {
            var (line, column) = ExpectedDiagnostics.Locate("error-many-errors", file, marker);
            Assert.Contains(diagnostics, d =>
                d.Code.Id == code && d.Location.Path == site.Display(file) && d.Location.Line == line && d.Location.Column == column);
        }

        // YAML errors: the parser notices an unclosed [ where the text ends, so only the line range is fixed.
        var dataError = Assert.Single(diagnostics, d => d.Location.Path == site.Display("_data/contacts.yml"));
        Assert.Equal("PT001", dataError.Code.Id);
        Assert.InRange(dataError.Location.Line, 4, 5);
        var frontMatterError = Assert.Single(diagnostics, d => d.Location.Path == site.Display("third.md"));
        Assert.Equal("PT001", frontMatterError.Code.Id);
        Assert.InRange(frontMatterError.Location.Line, 2, 3);

        Assert.Equal(exact.Length + 2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        var sorted = diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        Assert.Equal(sorted, diagnostics);
    }

    [Fact]
    public void Many_errors_every_formatted_line_has_the_contract_form()
    {
        using var site = TempSite.Create("error-many-errors");
        var lines = site.Build().Result.Diagnostics.Select(TextDiagnosticFormatter.Format).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches($@"^{Regex.Escape(site.InputDirectory)}/.+:\d+:\d+: error PT\d{{3}}: .+ \(.+\)$", l));
    }

    [Fact]
    public void Missing_input_folder_is_a_configuration_error_with_thai_and_english()
    {
        using var site = TempSite.Create("basic");
        var options = site.Options() with { InputDirectory = Path.Combine(site.Root, "nope") };

        var error = Assert.Throws<BuildConfigurationException>(() => SiteBuild.Run(options, PortalFeatures.Parts));

        Assert.Matches(@"\p{IsThai}", error.ThaiMessage);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_inside_input_is_a_configuration_error()
    {
        using var site = TempSite.Create("basic");
        var options = site.Options(outputDirectory: Path.Combine(site.InputDirectory, "_site"));

        Assert.Throws<BuildConfigurationException>(() => SiteBuild.Run(options, PortalFeatures.Parts));
        Assert.False(Directory.Exists(Path.Combine(site.InputDirectory, "_site")));
    }
}
