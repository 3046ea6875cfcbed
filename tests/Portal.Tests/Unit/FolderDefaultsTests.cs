using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.Unit;

public sealed class FolderDefaultsTests
{
    private static readonly Dictionary<string, FolderDefaults> Folders = new(StringComparer.Ordinal)
    {
        [""] = Defaults("", "tags: [ทั่วไป]\norder: 9\n"),
        ["news"] = Defaults("news", "kind: news\ntags: [ข่าว]\n"),
        ["news/2566"] = Defaults("news/2566", "fiscal_year: 2566\n"),
    };

    [Theory]
    [InlineData("about.md", new[] { "" })]
    [InlineData("index.md", new string[0])]
    [InlineData("news/a.md", new[] { "", "news" })]
    [InlineData("news/index.md", new[] { "" })]
    [InlineData("news/2566/a.md", new[] { "", "news", "news/2566" })]
    [InlineData("news/2566/index.md", new[] { "", "news" })]
    public void A_page_takes_the_defaults_of_every_folder_above_it_farthest_first_but_not_its_own_section_page(string page, string[] folders)
    {
        Assert.Equal(folders, FolderDefaults.For(page, Folders).Select(d => d.Folder));
    }

    [Fact]
    public void The_pages_own_keys_win_and_a_nearer_folder_wins_over_a_farther_one()
    {
        var diagnostics = new List<Diagnostic>();
        var page = FrontMatterDocument.Parse(new SourceFile("news/2566/a.md", "input/news/2566/a.md", "---\ntitle: ก\ndate: 2023-01-05\norder: 1\n---\n"), diagnostics);

        var frontMatter = FrontMatterReader.Read(page, PortalFeatures.Parts.Kinds, FolderDefaults.For("news/2566/a.md", Folders), null, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("news", frontMatter.Kind.Name);
        Assert.Equal(["ข่าว"], frontMatter.Tags);
        Assert.Equal(1, frontMatter.Order);
        Assert.Equal(new Portal.Thai.FiscalYear(2566), frontMatter.FiscalYearOverride);
        Assert.Equal(new SourceLocation("input/news/2566/_defaults.yml", 1, 1), frontMatter.KeyLocations["fiscal_year"]);
        Assert.Equal(new SourceLocation("input/news/2566/a.md", 4, 1), frontMatter.KeyLocations["order"]);
    }

    private static FolderDefaults Defaults(string folder, string yaml)
    {
        var path = folder.Length == 0 ? "input/_defaults.yml" : $"input/{folder}/_defaults.yml";
        var document = FrontMatterDocument.ParseYaml(yaml, new YamlSource(path, 1), new List<Diagnostic>());
        return new FolderDefaults(folder, document);
    }
}
