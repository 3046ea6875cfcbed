using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules (tags wcag2a to wcag22aa), over every page of both sites, on a phone and a desktop.</summary>
public sealed class AccessibilityTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [BrowserFact]
    public async Task Every_page_has_no_axe_violation_at_phone_and_desktop_width()
    {
        // One page per site and width, run side by side: axe's colour-contrast rule is slow, the browser has cores to spare.
        var runs = from width in new[] { 390, 1280 } from site in sites.Both select CheckAsync(site, width);
        var problems = (await Task.WhenAll(runs)).SelectMany(p => p).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task<List<string>> CheckAsync(BuiltSite site, int width)
    {
        var problems = new List<string>();
        await using var context = await sites.NewContextAsync(width);
        var page = await context.NewPageAsync();
        foreach (var url in site.SampleUrls)
        {
            await page.GotoAsync(site.Absolute(url));
            var result = await page.RunAxe(WcagAa);
            problems.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n =>
                $"{site} {url} at {width}px: {v.Id} ({v.Help}) at {string.Join(" ", n.Target)}: {n.Html}")));
        }

        return problems;
    }
}
