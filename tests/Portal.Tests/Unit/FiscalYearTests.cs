using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Thai;

namespace Portal.Tests.Unit;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData("2022-09-30", 2565)]
    [InlineData("2022-10-01", 2566)]
    [InlineData("2023-02-15", 2566)]
    [InlineData("2023-09-30", 2566)]
    [InlineData("2023-10-01", 2567)]
    [InlineData("2023-12-31", 2567)]
    [InlineData("2024-01-01", 2567)]
    [InlineData("2024-02-29", 2567)]
    public void A_date_belongs_to_the_fiscal_year_that_starts_on_the_previous_1_october(string date, int expected) =>
        Assert.Equal(new FiscalYear(expected), FiscalYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void First_and_last_day_of_fy_2566()
    {
        var fy = new FiscalYear(2566);

        Assert.Equal(new DateOnly(2022, 10, 1), fy.FirstDay);
        Assert.Equal(new DateOnly(2023, 9, 30), fy.LastDay);
    }

    [Theory]
    [InlineData(2565)]
    [InlineData(2566)]
    [InlineData(2567)]
    [InlineData(2568)]
    public void First_and_last_day_belong_to_the_year_and_their_neighbours_do_not(int year)
    {
        var fy = new FiscalYear(year);

        Assert.Equal(fy, FiscalYear.Containing(fy.FirstDay));
        Assert.Equal(fy, FiscalYear.Containing(fy.LastDay));
        Assert.Equal(fy.Previous, FiscalYear.Containing(fy.FirstDay.AddDays(-1)));
        Assert.Equal(new FiscalYear(year + 1), FiscalYear.Containing(fy.LastDay.AddDays(1)));
        Assert.Equal(fy.FirstDay.AddYears(1).AddDays(-1), fy.LastDay);
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        var fy = new FiscalYear(2566);

        Assert.True(fy.Contains(new DateOnly(2022, 10, 1)));
        Assert.True(fy.Contains(new DateOnly(2023, 2, 15)));
        Assert.True(fy.Contains(new DateOnly(2023, 9, 30)));
        Assert.False(fy.Contains(new DateOnly(2022, 9, 30)));
        Assert.False(fy.Contains(new DateOnly(2023, 10, 1)));
    }

    [Fact]
    public void Previous_is_one_year_earlier()
    {
        Assert.Equal(new FiscalYear(2565), new FiscalYear(2566).Previous);
        Assert.Equal(new DateOnly(2021, 10, 1), new FiscalYear(2566).Previous.FirstDay);
    }

    [Fact]
    public void Compares_and_prints_as_the_buddhist_year()
    {
        Assert.True(new FiscalYear(2565).CompareTo(new FiscalYear(2566)) < 0);
        Assert.True(new FiscalYear(2566).CompareTo(new FiscalYear(2566)) == 0);
        Assert.Equal([2565, 2566, 2567], new[] { new FiscalYear(2567), new FiscalYear(2565), new FiscalYear(2566) }.Order().Select(f => f.BuddhistYear));
        Assert.Equal("2566", new FiscalYear(2566).ToString());
        Assert.Equal(543, FiscalYear.BuddhistEraOffset);
    }

    [Fact]
    public void Front_matter_fiscal_year_comes_from_the_date()
    {
        var frontMatter = Read("---\ntitle: ก\ndate: 2022-10-01\n---\n");

        Assert.Equal(new FiscalYear(2566), frontMatter.FiscalYear);
        Assert.Null(frontMatter.FiscalYearOverride);
    }

    [Fact]
    public void Front_matter_fiscal_year_overrides_the_date()
    {
        // Published in FY2566 (February 2023), but the evidence is about FY2565.
        var frontMatter = Read("---\ntitle: ก\ndate: 2023-02-15\nfiscal_year: 2565\n---\n");

        Assert.Equal(new FiscalYear(2565), frontMatter.FiscalYear);
        Assert.Equal(new FiscalYear(2565), frontMatter.FiscalYearOverride);
    }

    [Fact]
    public void Front_matter_fiscal_year_works_without_a_date()
    {
        Assert.Equal(new FiscalYear(2567), Read("---\ntitle: ก\nfiscal_year: 2567\n---\n").FiscalYear);
    }

    [Fact]
    public void Front_matter_without_date_or_fiscal_year_has_no_fiscal_year()
    {
        Assert.Null(Read("---\ntitle: ก\n---\n").FiscalYear);
    }

    [Fact]
    public void Fiscal_year_property_prefers_the_override_on_the_record()
    {
        var frontMatter = new FrontMatter { Date = new DateOnly(2023, 10, 1), FiscalYearOverride = new FiscalYear(2566) };

        Assert.Equal(new FiscalYear(2566), frontMatter.FiscalYear);
        Assert.Equal(new FiscalYear(2567), (frontMatter with { FiscalYearOverride = null }).FiscalYear);
    }

    private static FrontMatter Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var frontMatter = FrontMatterReader.Read(new SourceFile("a.md", "input/a.md", text), PortalFeatures.Parts.Kinds, diagnostics);
        Assert.Empty(diagnostics);
        return frontMatter;
    }
}
