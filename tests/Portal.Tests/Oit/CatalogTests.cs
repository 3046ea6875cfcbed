using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

[Collection(CliRunner.Collection)]
public sealed class CatalogTests
{
    [Fact]
    public void Catalog_new_copies_the_latest_year_with_every_item_unverified_and_the_new_year_builds()
    {
        using var site = TempSite.Create("oit");

        var result = CliRunner.Run(site.Root, "new", "catalog", "2568", "--from", "2566");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(Path.Combine(site.InputDirectory, "_data", "oit", "2568.yml"));
        Assert.Contains("\nfiscal_year: 2568\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("verified: true", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split("verified: false").Length - 1);
        var built = site.Build();
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Single(built.Page("/ita/2568/").QuerySelectorAll(".app-oit-unverified"));
    }

    [Fact]
    public void Catalog_new_never_overwrites_and_needs_a_source()
    {
        using var site = TempSite.Create("oit");

        Assert.Equal(2, CliRunner.Run(site.Root, "new", "catalog", "2567", "--from", "2566").ExitCode);
        Assert.Equal(2, CliRunner.Run(site.Root, "new", "catalog", "2570", "--from", "2569").ExitCode);
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "_data", "oit", "2570.yml")));
    }
}
