using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.BrowserTests;

/// <summary>What every built page must keep to: valid HTML, a small download, no third-party request, text alternatives and table headers.</summary>
[Collection(SharedBrowserAndSites.Name)]
public sealed class BudgetTests(BrowserSites sites, ITestOutputHelper output)
{
    /// <summary>A page's HTML with its stylesheets and scripts, gzip-compressed; images and attachments are not counted.</summary>
    private const int WeightBudget = 50 * 1024;

    [HtmlCheckerFact]
    public async Task Every_page_is_valid_html_by_the_nu_html_checker()
    {
        RequiredTool.EnsureExists(HtmlCheckerFactAttribute.Java, HtmlCheckerFactAttribute.JavaInstall);
        RequiredTool.EnsureExists(HtmlCheckerFactAttribute.VnuJar, HtmlCheckerFactAttribute.VnuInstall);
        var start = new ProcessStartInfo(HtmlCheckerFactAttribute.Java)
        {
            ArgumentList = { "-jar", HtmlCheckerFactAttribute.VnuJar, "--format", "json", "--skip-non-html", sites.Real.Directory, sites.Fixture.Directory },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var checker = Process.Start(start)!;
        var report = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();

        // Errors and warnings fail; plain information (a trailing slash on a void element) does not.
        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info" || (m.TryGetProperty("subType", out var subType) && subType.GetString() == "warning"))
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("type").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"Nu Html Checker: {sites.Real.PageUrls.Count + sites.Fixture.PageUrls.Count} pages checked, {messages.Count} messages");
        Assert.True(messages.Count == 0, string.Join(Environment.NewLine, messages));
    }

    [Fact]
    public void Every_page_with_its_styles_and_scripts_weighs_under_50_kb_compressed()
    {
        var parser = new HtmlParser();
        var weights = new List<(string Url, long Bytes)>();
        foreach (var url in sites.Real.PageUrls)
        {
            var file = sites.Real.FileOf(url);
            var document = parser.ParseDocument(File.ReadAllText(file));
            var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(sites.Real.FileOf);
            weights.Add((url, new[] { file }.Concat(assets).Sum(Compressed)));
        }

        var heaviest = weights.MaxBy(w => w.Bytes);
        output.WriteLine($"{weights.Count} pages weighed; the heaviest is {heaviest.Url} at {heaviest.Bytes / 1024.0:0.0} KB (HTML + CSS + JS, gzip)");
        Assert.All(weights, w => Assert.True(w.Bytes < WeightBudget, $"{w.Url} weighs {w.Bytes / 1024.0:0.0} KB compressed, over the 50 KB budget"));
    }

    [BrowserFact]
    public async Task No_page_makes_a_request_to_another_origin()
    {
        var foreign = new List<string>();
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var site in sites.Both)
        {
            var origin = site.Address.GetLeftPart(UriPartial.Authority);
            void Record(object? sender, Microsoft.Playwright.IRequest request)
            {
                if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    foreign.Add($"{site} {page.Url}: {request.Url}");
                }
            }

            page.Request += Record;
            foreach (var url in site.SampleUrls)
            {
                await page.GotoAsync(site.Absolute(url), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            }

            page.Request -= Record;
        }

        Assert.True(foreign.Count == 0, string.Join(Environment.NewLine, foreign));
    }

    [Fact]
    public void Every_image_has_alt_and_every_table_a_caption_and_scoped_headers()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var site in sites.Both)
        {
            foreach (var url in site.PageUrls)
            {
                var document = parser.ParseDocument(File.ReadAllText(site.FileOf(url)));
                problems.AddRange(document.QuerySelectorAll("img:not([alt])").Select(img => $"{site} {url}: <img src=\"{img.GetAttribute("src")}\"> has no alt"));
                foreach (var table in document.QuerySelectorAll("table"))
                {
                    if (string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent))
                    {
                        problems.Add($"{site} {url}: a table has no caption");
                    }

                    problems.AddRange(table.QuerySelectorAll("th:not([scope])").Select(th => $"{site} {url}: <th>{th.TextContent.Trim()}</th> has no scope"));
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
