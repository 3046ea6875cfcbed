using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Phones, a desktop, and the browser's text size doubled (WCAG 1.4.4 and 1.4.10): on every page of both sites no
/// value is out of sight. Text size is set the way a reader sets it, through the browser's default font size, so
/// rem units and em media queries follow it.
/// </summary>
public sealed class LayoutTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    /// <summary>Viewport width in CSS pixels, and text size in percent of the browser's default.</summary>
    private static readonly (int Width, int TextPercent)[] Conditions = [(320, 100), (390, 100), (1280, 100), (1280, 200)];

    [BrowserFact]
    public async Task No_value_is_out_of_sight_at_any_width_or_text_size()
    {
        var problems = new List<string>();
        foreach (var (width, textPercent) in Conditions)
        {
            problems.AddRange(await CheckAsync(width, textPercent));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private Task<IReadOnlyList<string>> CheckAsync(int width, int textPercent) =>
        sites.CheckSamplePagesAsync(
            () => sites.NewContextAsync(width),
            async (page, site, url) =>
            {
                await page.GotoAsync(site.Absolute(url));
                return (await PageChecks.HiddenContentAsync(page)).Select(p => $"at {width}px, text {textPercent}%: {p}");
            },
            async (context, page) =>
            {
                if (textPercent != 100)
                {
                    var session = await context.NewCDPSessionAsync(page);
                    await session.SendAsync("Page.setFontSizes", new Dictionary<string, object>
                    {
                        ["fontSizes"] = new Dictionary<string, object> { ["standard"] = 16 * textPercent / 100, ["fixed"] = 13 * textPercent / 100 },
                    });
                }
            });
}
