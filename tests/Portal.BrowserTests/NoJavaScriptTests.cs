using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>With JavaScript off, on a phone: every navigation link is shown and leads to a page that exists.</summary>
public sealed class NoJavaScriptTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    [BrowserFact]
    public async Task Navigation_is_visible_and_every_link_of_header_nav_and_footer_leads_to_a_page()
    {
        await using var context = await sites.NewContextAsync(390, javaScript: false);
        var page = await context.NewPageAsync();
        foreach (var site in sites.Both)
        {
            await page.GotoAsync(site.Absolute("/"));
            var links = page.Locator(".app-header a, .app-nav a, .app-footer a");
            var hrefs = new List<string>();
            for (var i = 0; i < await links.CountAsync(); i++)
            {
                Assert.True(await links.Nth(i).IsVisibleAsync(), $"{site}: link {i + 1} of the header, menu and footer is hidden without JavaScript");
                hrefs.Add((await links.Nth(i).GetAttributeAsync("href"))!);
            }

            Assert.NotEmpty(hrefs);
            // Each link is followed from the not-found page, which has the same header, menu and footer but is no
            // link's target, so every click is a real navigation; the wait starts before the click, which may finish first.
            foreach (var href in hrefs.Distinct())
            {
                await page.GotoAsync(site.Absolute("/404.html"));
                var followed = page.WaitForURLAsync(site.Absolute(href), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
                await page.Locator($".app-header a[href='{href}'], .app-nav a[href='{href}'], .app-footer a[href='{href}']").First.ClickAsync();
                await followed;
                await page.WaitForLoadStateAsync();
                Assert.True(await page.Locator("main h1").CountAsync() == 1, $"{site}: {href} shows no page heading");
                Assert.False(await page.Locator("meta[name=robots][content=noindex]").CountAsync() > 0, $"{site}: {href} is the not-found page");
            }
        }
    }
}
