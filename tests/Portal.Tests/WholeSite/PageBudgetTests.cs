using System.IO.Compression;
using AngleSharp.Html.Parser;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.Tests.WholeSite;

/// <summary>What every built page must keep to without a browser: a small download, text alternatives and table headers.</summary>
public sealed class PageBudgetTests(RealSiteFixture real, EveryLayoutSiteFixture everyLayout, ITestOutputHelper output)
    : IClassFixture<RealSiteFixture>, IClassFixture<EveryLayoutSiteFixture>
{
    /// <summary>A page's HTML with its stylesheets and scripts, gzip-compressed; images and attachments are not counted.</summary>
    private const int WeightBudget = 50 * 1024;

    [Fact]
    public void Every_page_with_its_styles_and_scripts_weighs_under_50_kb_compressed()
    {
        var parser = new HtmlParser();
        var weights = new List<(string Url, long Bytes)>();
        foreach (var url in SitePages.Of(real.Built.OutputDirectory).Select(p => p.Url))
        {
            var file = real.Built.PathOf(BuiltSite.OutputPathOf(url));
            var document = parser.ParseDocument(File.ReadAllText(file));
            var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(asset => real.Built.PathOf(BuiltSite.OutputPathOf(asset)));
            weights.Add((url, new[] { file }.Concat(assets).Sum(Compressed)));
        }

        var heaviest = weights.MaxBy(w => w.Bytes);
        output.WriteLine($"{weights.Count} pages weighed; the heaviest is {heaviest.Url} at {heaviest.Bytes / 1024.0:0.0} KB (HTML + CSS + JS, gzip)");
        Assert.All(weights, w => Assert.True(w.Bytes < WeightBudget, $"{w.Url} weighs {w.Bytes / 1024.0:0.0} KB compressed, over the 50 KB budget"));
    }

    [Fact]
    public void Every_image_has_alt_and_every_table_a_caption_and_scoped_headers()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var (site, name) in new[] { (real.Built, "real site"), (everyLayout.Built, "fixture site") })
        {
            foreach (var url in SitePages.Of(site.OutputDirectory).Select(p => p.Url))
            {
                var document = parser.ParseDocument(site.Text(BuiltSite.OutputPathOf(url)));
                problems.AddRange(document.QuerySelectorAll("img:not([alt])").Select(img => $"{name} {url}: <img src=\"{img.GetAttribute("src")}\"> has no alt"));
                foreach (var table in document.QuerySelectorAll("table"))
                {
                    if (string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent))
                    {
                        problems.Add($"{name} {url}: a table has no caption");
                    }

                    problems.AddRange(table.QuerySelectorAll("th:not([scope])").Select(th => $"{name} {url}: <th>{th.TextContent.Trim()}</th> has no scope"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static long Compressed(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var source = File.OpenRead(file))
        {
            source.CopyTo(gzip);
        }

        return buffer.Length;
    }
}
