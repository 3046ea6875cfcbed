using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules (tags wcag2a to wcag22aa), over every page of both sites, on a phone and a desktop.</summary>
public sealed class AccessibilityTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    [BrowserFact]
    public async Task Every_page_has_no_axe_violation_at_phone_and_desktop_width()
    {
        var problems = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            problems.AddRange(await sites.CheckSamplePagesAsync(() => sites.NewContextAsync(width), async (page, site, url) =>
            {
                await page.GotoAsync(site.Absolute(url));
                return (await PageChecks.AxeViolationsAsync(page)).Select(violation => $"at {width}px: {violation}");
            }));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
