namespace Portal.Tests.WholeSite;

/// <summary>Heading ids keep Thai (Markdig's own ids drop it), are unique per page, and the table of contents links to them.</summary>
public sealed class HeadingTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => basic.Built;

    [Fact]
    public void Thai_headings_keep_thai_ids_and_duplicates_get_a_suffix()
    {
        var headings = Site.Page("/about/structure/").QuerySelectorAll(".app-prose h2, .app-prose h3").ToList();
        Assert.Equal(["การวิเคราะห์ผล", "สรุป", "หน่วยงานย่อย", "สรุป-1"], headings.Select(h => h.Id));
        Assert.Equal(["การวิเคราะห์ผล", "สรุป", "หน่วยงานย่อย", "สรุป"], headings.Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Heading_ids_are_nfc_thai_text()
    {
        var ids = Site.Page("/about/structure/").QuerySelectorAll(".app-prose h2, .app-prose h3").Select(h => h.Id!).ToList();
        Assert.All(ids, id => Assert.True(id.IsNormalized(System.Text.NormalizationForm.FormC), id));
    }

    [Fact]
    public void Table_of_contents_links_to_every_h_2_and_h_3_in_order()
    {
        var page = Site.Page("/about/structure/");
        var toc = page.QuerySelectorAll("nav.app-toc a").ToList();
        var headings = page.QuerySelectorAll(".app-prose h2, .app-prose h3").ToList();

        // Hrefs are percent-encoded (valid URLs); browsers decode them to find the Thai ids.
        Assert.Equal(headings.Select(h => "#" + Portal.Site.PageUrls.EscapeFragment(h.Id!)), toc.Select(a => a.GetAttribute("href")));
        Assert.Equal(headings.Select(h => h.TextContent.Trim()), toc.Select(a => a.TextContent.Trim()));
        Assert.All(toc, a => Assert.NotNull(page.GetElementById(Uri.UnescapeDataString(a.GetAttribute("href")![1..]))));
    }

    [Fact]
    public void Table_of_contents_indents_h_3_entries()
    {
        var items = Site.Page("/about/structure/").QuerySelectorAll("nav.app-toc li").ToList();
        Assert.Equal(
            [false, false, true, false],
            items.Select(li => li.ClassList.Contains("app-toc__item--level-3")));
    }

    [Fact]
    public void Page_with_few_headings_has_no_table_of_contents() =>
        Assert.Null(Site.Page("/news/2023-02-15-council-meeting/").QuerySelector("nav.app-toc"));
}
