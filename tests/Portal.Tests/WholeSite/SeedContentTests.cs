using System.Text.RegularExpressions;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The site shows the seed report's numbers, exactly: the ITA results on /ita/results/ are read back
/// from the published table and compared with the table in <c>seeds/</c>, and the report offered for
/// download is the seed itself.
/// </summary>
public sealed partial class SeedContentTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private const string SeedFile = "000_ac799827544d8990.txt";

    private static string Seed => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", SeedFile));

    [Fact]
    public void Indicator_table_matches_the_seed_row_for_row()
    {
        var fromSeed = IndicatorRow().Matches(Seed)
            .Select(m => string.Join(" ", m.Groups["rank"].Value, m.Groups["name"].Value, m.Groups["a"].Value, m.Groups["b"].Value, m.Groups["c"].Value))
            .ToList();
        Assert.Equal(10, fromSeed.Count);

        var table = real.Built.Page("/ita/results/").QuerySelector("#ita-indicators-caption")!.ParentElement!;
        var published = table.QuerySelectorAll("tbody tr")
            .Select(row => string.Join(" ", row.Children.Select(cell => cell.TextContent.Trim())))
            .ToList();

        Assert.Equal(fromSeed, published);
    }

    [Fact]
    public void Overall_scores_match_the_seed()
    {
        var total = TotalRow().Match(Seed);
        Assert.True(total.Success);
        string[] fromSeed = [total.Groups["a"].Value, total.Groups["b"].Value, total.Groups["c"].Value];

        var table = real.Built.Page("/ita/results/").QuerySelector("#ita-overall-caption")!.ParentElement!;
        var published = table.QuerySelectorAll("tbody tr td.app-table__cell--numeric").Select(td => td.TextContent.Trim());

        Assert.Equal(fromSeed, published);
    }

    [Fact]
    public void Seed_is_published_verbatim_as_the_measures_page_attachment()
    {
        var link = real.Built.Page("/ita/measures-2566/").QuerySelector(".app-attachments__link")!;
        var published = real.Built.Bytes(link.GetAttribute("href")!.TrimStart('/'));

        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "seeds", SeedFile)), published);
    }

    /// <summary>"1	การเปิดเผยข้อมูล	44.26	100.00	100.00": rank, indicator, the 2563–2565 scores, tab-separated.</summary>
    [GeneratedRegex(@"^(?<rank>\d{1,2})\t(?<name>[^\t\d]+)\t(?<a>\d+\.\d\d)\t(?<b>\d+\.\d\d)\t(?<c>\d+\.\d\d)$", RegexOptions.Multiline)]
    private static partial Regex IndicatorRow();

    [GeneratedRegex(@"^ผลคะแนนรวม\t+(?<a>\d+\.\d\d)\t(?<b>\d+\.\d\d)\t(?<c>\d+\.\d\d)$", RegexOptions.Multiline)]
    private static partial Regex TotalRow();
}
