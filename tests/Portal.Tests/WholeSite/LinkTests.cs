namespace Portal.Tests.WholeSite;

/// <summary>Links to <c>.md</c> files and to <c>input/files/</c> become site URLs; every internal link of the site resolves; files are copied unchanged.</summary>
public sealed class LinkTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => basic.Built;

    public static TheoryData<string> Pages() => BasicSiteFixture.AllHtmlFiles();

    [Theory]
    [InlineData("โครงสร้างองค์กร", "/about/structure/#การวิเคราะห์ผล")] // sibling .md with a Thai fragment
    [InlineData("หน้าแรก", "/")] // ../index.md
    [InlineData("หมวดเกี่ยวกับเทศบาล", "/about/")] // index.md of the same folder
    [InlineData("ข่าวการประชุมสภา", "/news/2023-02-15-council-meeting/")] // ../news/….md
    [InlineData("ผลการประเมิน", "/ita/results/")] // /ita/results.md, from the input root
    [InlineData("งบประมาณ 2566", "/files/reports/budget-2566.pdf")] // ../files/…
    [InlineData("รายงานประจำปี", "/files/รายงานประจำปี.txt")] // a Thai file name
    [InlineData("ตารางงบประมาณ", "#งบประมาณรายจ่าย")] // an anchor on the same page is left alone
    [InlineData("เว็บไซต์เดิม", "https://www.banbuengcity.go.th/")] // external links are left alone
    public void Links_are_rewritten_to_published_urls(string text, string expected)
    {
        var link = Assert.Single(Site.Page("/about/history/").QuerySelectorAll(".app-prose a"), a => a.TextContent.Trim() == text);
        Assert.Equal(expected, Uri.UnescapeDataString(link.GetAttribute("href")!));
    }

    [Fact]
    public void Home_page_links_from_the_input_root_are_rewritten()
    {
        var hrefs = Site.Page("/").QuerySelectorAll(".app-prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/about/history/", "/ita/results/"], hrefs);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_link_to_a_markdown_file(string file)
    {
        var hrefs = Site.Html(file).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);
        Assert.DoesNotContain(hrefs, h => h.Split('#', '?')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_every_internal_link_and_fragment_resolves(string file) => Assert.Empty(Site.BrokenLinks(file));

    [Fact]
    public void Files_are_copied_byte_identical()
    {
        var source = Path.Combine(basic.InputDirectory, "files");
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            var relative = "files/" + Path.GetRelativePath(source, file).Replace('\\', '/');
            Assert.True(Site.Exists(relative), $"{relative} was not copied");
            Assert.Equal(File.ReadAllBytes(file), Site.Bytes(relative));
        }
    }

    [Fact]
    public void Attachment_is_listed_with_its_title_type_and_size()
    {
        var item = Assert.Single(Site.Page("/news/2023-02-15-council-meeting/").QuerySelectorAll(".app-attachments__item"));
        var link = item.QuerySelector("a");
        Assert.Equal("/files/reports/budget-2566.pdf", link?.GetAttribute("href"));
        Assert.Equal("ร่างงบประมาณรายจ่าย ประจำปี 2566", link?.TextContent.Trim());

        // docs/theme.md: attachments are {title, url, file, size}; the theme prints the size with file_size.
        var bytes = new FileInfo(Path.Combine(basic.InputDirectory, "files", "reports", "budget-2566.pdf")).Length;
        Assert.InRange(bytes, 1, 1023);
        Assert.Equal($"(PDF, {bytes} ไบต์)", item.QuerySelector(".app-attachments__meta")?.TextContent.Trim());
    }
}
