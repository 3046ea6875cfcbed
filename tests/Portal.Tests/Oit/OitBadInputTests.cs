using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>Malformed and unknown claims and broken catalogs are errors with file, line and the expected form; nothing is written.</summary>
public sealed class OitBadInputTests
{
    [Theory]
    [InlineData("O42", "")]
    [InlineData("2566-O42", "; did you mean '2566/O42'?")]
    [InlineData("2566/042", "; did you mean '2566/O42'?")]
    [InlineData("๒๕๖๖/O42", "; did you mean '2566/O42'?")]
    [InlineData("2566/o42", "; did you mean '2566/O42'?")]
    public void A_malformed_claim_is_PT041_with_the_form_and_a_repair(string claim, string hint)
    {
        var (site, built) = BuildWith($"---\ntitle: หน้า\noit: [\"{claim}\"]\n---\n");
        using (site)
        {
            var problem = Assert.Single(built.Result.Diagnostics);
            Assert.Equal(("PT041", site.Display("claims.md"), 3), (problem.Code.Id, problem.Location.Path, problem.Location.Line));
            Assert.Equal($"OIT claim '{claim}' is malformed: write YYYY/O<n>, e.g. 2566/O42 (a monthly item: 2569/O11@2026-03){hint}", problem.EnglishMessage);
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Fact]
    public void An_unknown_code_names_the_nearest_codes_and_an_unknown_year_names_the_catalog_years()
    {
        var (site, built) = BuildWith("---\ntitle: หน้า\noit:\n  - 2566/O9\n  - 2570/O1\n---\n");
        using (site)
        {
            Assert.Collection(built.Result.Diagnostics,
                d => Assert.Equal(("PT042", 4, "the 2566 OIT catalog has no O9 (it has O1–O5; nearest: 2566/O5, 2566/O4, 2566/O3)"),
                    (d.Code.Id, d.Location.Line, d.EnglishMessage)),
                d => Assert.Equal(("PT042", 5, "there is no OIT catalog for 2570 (catalogs: 2566, 2567; form YYYY/O<n>, e.g. 2566/O42 (a monthly item: 2569/O11@2026-03))"),
                    (d.Code.Id, d.Location.Line, d.EnglishMessage)));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    [Fact]
    public void A_monthly_item_needs_its_month_and_another_item_must_not_have_one()
    {
        var (site, built) = BuildWith("---\ntitle: หน้า\noit: [\"2566/O5\", \"2566/O1@2022-10\"]\n---\n");
        using (site)
        {
            Assert.Equal(["PT042", "PT042"], built.Result.Diagnostics.Select(d => d.Code.Id));
            Assert.StartsWith("2566/O5 is a monthly item: name the month", built.Result.Diagnostics[0].EnglishMessage);
            Assert.StartsWith("2566/O1 is not a monthly item", built.Result.Diagnostics[1].EnglishMessage);
        }
    }

    [Theory]
    [InlineData("- code: O2\n", "- code: O1\n", 20, "code O1 is already used on line 12")]
    [InlineData("  period: annual\n", "  period: yearly\n", 25, "item O2: period must be one of ongoing, annual, half-year, monthly, not 'yearly'")]
    [InlineData("  title: แผนดำเนินงาน\n", "", 20, "item O2 has no title")]
    [InlineData("framework: test catalog\n", "frmework: test catalog\n", 2, "unknown OIT catalog key 'frmework'; did you mean 'framework'?")]
    [InlineData("fiscal_year: 2566\n", "fiscal_year: 2565\n", 1, "fiscal_year must be 2566, as the file is named")]
    [InlineData("  data_year: previous\n", "  data_year: last\n", 34, "item O3: data_year must be one of current, same, previous, not 'last'")]
    [InlineData("  sub_indicator: '9.3'\n", "  sub_indicator: '9.4'\n", 49, "item O5: unknown sub_indicator '9.4' of indicator 9; did you mean '9.1'?")]
    public void A_broken_catalog_is_PT040_at_its_line(string find, string replace, int line, string english)
    {
        var (site, built) = OitFixture.Build("oit", s =>
        {
            var path = Path.Combine(s.InputDirectory, "_data", "oit", "2566.yml");
            var text = File.ReadAllText(path);
            var at = text.IndexOf(find, StringComparison.Ordinal);
            File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        });
        using (site)
        {
            var problem = built.Result.Diagnostics.First(d => d.Code.Id == "PT040");
            Assert.Equal((site.Display("_data/oit/2566.yml"), line), (problem.Location.Path, problem.Location.Line));
            Assert.Equal(english, problem.EnglishMessage);
            Assert.False(Directory.Exists(site.OutputDirectory));
        }
    }

    private static (TempSite Site, BuiltSite Built) BuildWith(string page) =>
        OitFixture.Build("oit", s => File.WriteAllText(Path.Combine(s.InputDirectory, "claims.md"), page));
}
