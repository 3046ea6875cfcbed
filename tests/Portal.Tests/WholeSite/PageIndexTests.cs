using Portal.Rendering;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>site.pages_by_url</c>, <c>site.pages_below</c> and <c>site.pages_of_kind</c> give a layout what a scan of
/// <c>site.pages</c> with <c>where</c> gives, in the same order, without reading every page for each lookup.
/// </summary>
public sealed class PageIndexTests : IDisposable
{
    private readonly TempSite _site = TempSite.Create("basic");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_index_gives_what_a_scan_of_site_pages_gives_in_the_same_order()
    {
        var lines = BuildWithLayout("""
            {%- for entry in site.pages %}
            {%- assign scanned = site.pages | where: "url", entry.url | first %}
            url {{ entry.url }}: {{ scanned.title }} ⇔ {{ site.pages_by_url[entry.url].title }}
            {%- endfor %}
            missing: [{{ site.pages_by_url["/no-such-page/"] }}] ⇔ []
            {%- assign folders = "/,/news/,/about/,/ita/,/no-such-folder/" | split: "," %}
            {%- for folder in folders %}
            {%- capture scanned %}{% for entry in site.pages %}{% assign prefix = entry.url | slice: 0, folder.size %}{% if prefix == folder and entry.url != folder %}{{ entry.url }} {% endif %}{% endfor %}{% endcapture %}
            below {{ folder }}: {{ scanned }} ⇔ {% for entry in site.pages_below[folder] %}{{ entry.url }} {% endfor %}
            {%- endfor %}
            {%- assign kinds = "news,page,no-such-kind" | split: "," %}
            {%- for kind in kinds %}
            {%- assign scanned = site.pages | where: "kind", kind | map: "url" | join: " " %}
            kind {{ kind }}: {{ scanned }} ⇔ {{ site.pages_of_kind[kind] | map: "url" | join: " " }}
            {%- endfor %}
            """);

        Assert.Contains(lines, l => l.StartsWith("url /news/2022-12-05-tree-planting/: ปลูกต้นไม้วันพ่อแห่งชาติ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("below /news/: /news/2023-02-15-council-meeting/ /news/2022-12-05-tree-planting/ ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("kind news: /news/2023-02-15-council-meeting/ /news/2022-12-05-tree-planting/", StringComparison.Ordinal));
        Assert.True(lines.Count(l => l.StartsWith("url ", StringComparison.Ordinal)) > 5, string.Join('\n', lines));
        Assert.All(lines, line =>
        {
            var sides = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('⇔');
            Assert.True(sides.Length == 2 && sides[0].Trim() == sides[1].Trim(), line);
        });
    }

    [Fact]
    public void A_layout_that_reads_an_index_lists_pages_so_a_preview_renders_it_again_when_a_page_changes()
    {
        var layouts = new Dictionary<string, string>
        {
            ["by-url.liquid"] = """{{ site.pages_by_url["/about/"].title }}""",
            ["below.liquid"] = "{% for p in site.pages_below[page.url] %}{{ p.title }}{% endfor %}",
            ["of-kind.liquid"] = """{{ site.pages_of_kind["news"].size }}""",
            ["title.liquid"] = "{{ site.title }}",
        };

        var uses = layouts.Keys.ToDictionary(name => name, name => TemplateUses.Find(name, layouts, new Dictionary<string, string>()));

        Assert.True(uses["by-url.liquid"].ListsPages);
        Assert.True(uses["below.liquid"].ListsPages);
        Assert.True(uses["of-kind.liquid"].ListsPages);
        Assert.False(uses["title.liquid"].ListsPages);
        Assert.DoesNotContain("site", uses["by-url.liquid"].Data);
        Assert.Contains("site", uses["title.liquid"].Data);
    }

    /// <summary>Builds the basic fixture with one more page, <c>/indexes/</c>, whose layout is <paramref name="layout"/>; returns its text lines.</summary>
    private List<string> BuildWithLayout(string layout)
    {
        var theme = Path.Combine(_site.Root, "theme-with-indexes");
        TempSite.CopyDirectory(_site.ThemeDirectory, theme);
        File.WriteAllText(Path.Combine(theme, "layouts", "indexes.liquid"), $"<pre class=\"indexes\">{layout}\n</pre>");
        File.WriteAllText(Path.Combine(_site.InputDirectory, "indexes.md"), "---\ntitle: ดัชนี\nlayout: indexes\n---\n");

        var built = _site.WithTheme(theme).Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var text = built.Page("/indexes/").QuerySelector("pre.indexes")!.TextContent;
        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }
}
