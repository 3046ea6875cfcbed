using Deque.AxeCore.Commons;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules (tags wcag2a to wcag22aa), over every page of both sites, on a phone and a desktop.</summary>
public sealed class AccessibilityTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    /// <summary>The axe-core release that Deque.AxeCore.Commons bundles.</summary>
    private static readonly Lazy<string> Axe = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// axe.run over the whole document, as axe's own browser extension runs it: its page-level rules (a title, a
    /// language) apply because the context is the document. Only violations are collected: the passes of a long page
    /// are thousands of nodes nobody reads.
    /// </summary>
    private const string RunWcagAa = """
        () => axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        }).then(result => result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.html}`)))
        """;

    [BrowserFact]
    public async Task Every_page_has_no_axe_violation_at_phone_and_desktop_width()
    {
        var problems = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            problems.AddRange(await sites.CheckSamplePagesAsync(() => sites.NewContextAsync(width), async (page, site, url) =>
            {
                await page.GotoAsync(site.Absolute(url));
                await page.EvaluateAsync(Axe.Value);
                return (await page.EvaluateAsync<string[]>(RunWcagAa)).Select(violation => $"at {width}px: {violation}");
            }));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
