using AngleSharp.Dom;

namespace Portal.Tests.WholeSite;

/// <summary>The Markdown extensions staff use render to accessible HTML: tables, grid tables, footnotes, callouts.</summary>
public sealed class MarkdownFeatureTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => basic.Built;

    private IDocument History => Site.Page("/about/history/");

    public static TheoryData<string> Pages() => BasicSiteFixture.AllHtmlFiles();

    [Fact]
    public void Pipe_table_is_captioned_in_a_scroll_wrapper_with_header_cells()
    {
        var tables = History.QuerySelectorAll(".app-prose table").ToList();
        Assert.Equal(2, tables.Count);
        var table = tables[0];
        Assert.True(table.ClassList.Contains("app-table"));
        AssertInScrollWrapper(table);
        Assert.Equal(["รายการ", "ปี 2565", "ปี 2566"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["งบกลาง", "1,200,000", "1,250,000"], table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Grid_table_renders_with_header_cells()
    {
        var table = History.QuerySelectorAll(".app-prose table")[1];
        Assert.True(table.ClassList.Contains("app-table"));
        AssertInScrollWrapper(table);
        Assert.Equal(["ตำแหน่ง", "ชื่อ"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(
            ["นายกเทศมนตรี", "นายสมชาย ใจดี", "ปลัดเทศบาล", "นางสมหญิง รักงาน"],
            table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void Table_alignment_and_grid_widths_do_not_use_inline_styles()
    {
        // The content security policy forbids inline styles (docs/theme.md, "Rules"); alignment needs classes.
        var styled = History.QuerySelectorAll(".app-prose table [style]").Select(e => $"<{e.LocalName} style=\"{e.GetAttribute("style")}\">");
        Assert.Empty(styled);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_table_has_a_caption_and_scoped_column_headers(string file)
    {
        foreach (var table in Site.Html(file).QuerySelectorAll("table"))
        {
            Assert.True(table.ClassList.Contains("app-table"), file);
            AssertInScrollWrapper(table);
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{file}: a table has no caption");
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        }
    }

    [Fact]
    public void Footnotes_are_rendered_with_links_both_ways()
    {
        var reference = History.QuerySelector(".app-prose a.footnote-ref");
        Assert.NotNull(reference);
        var target = History.GetElementById(reference.GetAttribute("href")!.TrimStart('#'));
        Assert.NotNull(target);
        Assert.NotNull(target.Closest(".footnotes"));
        Assert.Contains("ตามประกาศกระทรวงมหาดไทย", target.TextContent, StringComparison.Ordinal);
        var back = target.QuerySelector("a.footnote-back-ref");
        Assert.Equal(reference.Id, back?.GetAttribute("href")?.TrimStart('#'));
    }

    [Fact]
    public void Note_callout_is_a_note_with_a_thai_title()
    {
        var callout = Assert.Single(History.QuerySelectorAll(".app-callout"));
        Assert.Equal("div", callout.LocalName);
        Assert.True(callout.ClassList.Contains("app-callout--note"));
        Assert.Equal("note", callout.GetAttribute("role"));
        Assert.Equal("หมายเหตุ", callout.QuerySelector(".app-callout__title")?.TextContent.Trim());
        Assert.Contains("ข้อมูลในหน้านี้เป็นข้อมูลทดสอบ", callout.TextContent, StringComparison.Ordinal);
        Assert.False(callout.ClassList.Contains("note"), "the container name must not leak as a bare class");
    }

    /// <summary>A table that fits is not a Tab stop: only the theme's script, seeing it overflow, makes the wrapper focusable.</summary>
    private static void AssertInScrollWrapper(IElement table)
    {
        var wrapper = table.ParentElement;
        Assert.NotNull(wrapper);
        Assert.Equal("div", wrapper.LocalName);
        Assert.True(wrapper.ClassList.Contains("app-table-wrapper"));
        Assert.False(wrapper.HasAttribute("tabindex"));
    }
}
