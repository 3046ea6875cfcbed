using System.Globalization;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features.Oit;
using Portal.Testing;

namespace Portal.Tests.NewSite;

/// <summary>
/// The OIT catalogs <c>portal init</c> ships are the common ITA lists this repository's site uses (LAOs and other
/// agencies assess against one list a year): the same years and, item by item, the same requirement, period, data year,
/// verification and source. Only the maintainers' notes may differ, as one of this site's names a Ban Bueng document.
/// </summary>
public sealed class NewSiteCatalogTests
{
    private static readonly string Shipped = Path.Combine(TestRepository.Root, "src", "Portal", "Features", "NewSite", "Template", "input", "_data", "oit");

    private static readonly string Repository = Path.Combine(TestRepository.RealInput, "_data", "oit");

    public static TheoryData<string> Years() => [.. Directory.EnumerateFiles(Repository, "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_same_years_are_shipped() =>
        Assert.Equal(Names(Repository), Names(Shipped));

    [Theory]
    [MemberData(nameof(Years))]
    public void A_years_items_are_the_repositorys_but_for_the_maintainers_notes(string year)
    {
        var repository = Read(Path.Combine(Repository, $"{year}.yml"), year);
        var shipped = Read(Path.Combine(Shipped, $"{year}.yml"), year);

        Assert.Equal(repository.ManualChecked, shipped.ManualChecked);
        Assert.Equal(repository.Indicators.SelectMany(i => i.SubIndicators.Select(s => $"{i.Id} {i.Title} {s.Id} {s.Title}")),
            shipped.Indicators.SelectMany(i => i.SubIndicators.Select(s => $"{i.Id} {i.Title} {s.Id} {s.Title}")));
        Assert.Equal(repository.Items.Select(Comparable), shipped.Items.Select(Comparable));
    }

    private static string Comparable(OitItem item) =>
        string.Join(" | ", item.Code, item.Title, item.Indicator, item.SubIndicator, item.Group, item.Requirement, item.Period, item.DataYear,
            item.Verified.ToString(CultureInfo.InvariantCulture), item.Source);

    private static IEnumerable<string?> Names(string folder) =>
        Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

    private static OitCatalog Read(string path, string year)
    {
        var problems = new List<Diagnostic>();
        var yaml = YamlDocumentReader.Read(File.ReadAllText(path), path, 1, problems);
        var catalog = OitCatalogReader.Read(new DataFile($"oit/{year}", path, null, yaml), problems);
        Assert.True(catalog is not null && problems.Count == 0, string.Join('\n', problems.Select(p => p.ToString())));
        return catalog;
    }
}
