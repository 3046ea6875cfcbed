using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>Keyboard only: focus is always visible, the skip link reaches the content, the phone menu opens and closes without a mouse.</summary>
public sealed class KeyboardTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    [BrowserFact]
    public async Task Tab_reaches_every_control_in_order_and_focus_is_always_visible()
    {
        var problems = await sites.CheckSamplePagesAsync(() => sites.NewContextAsync(), async (page, site, url) =>
        {
            // Scripts may add controls once their data arrives (the search page's filters): wait for them.
            await page.GotoAsync(site.Absolute(url), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

            // Before any focus, record how each control looks; a focused control must look different.
            var controls = await page.EvaluateAsync<int>("""
                () => {
                  const look = el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|'); };
                  // A closed details element shows its summary only; what it holds is out of the tab order until it opens.
                  const folded = el => { const d = el.closest('details:not([open])'); return d !== null && !(el.tagName === 'SUMMARY' && el.parentElement === d); };
                  window.__controls = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, details > summary, [tabindex="0"]')].filter(el => (el.getClientRects().length > 0 && !folded(el)) || el.classList.contains('app-skip-link'));
                  window.__looks = window.__controls.map(look);
                  window.__look = look;
                  return window.__controls.length;
                }
                """);
            for (var i = 0; i < controls; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var problem = await page.EvaluateAsync<string>("""
                    (i) => {
                      const el = document.activeElement;
                      const expected = window.__controls[i];
                      if (el !== expected) return `Tab ${i + 1} focused ${el.outerHTML.slice(0, 80)} instead of ${expected.outerHTML.slice(0, 80)}`;
                      if (window.__look(el) === window.__looks[i]) return `focus on ${el.outerHTML.slice(0, 80)} is not visible`;
                      const box = el.getBoundingClientRect();
                      if (box.width === 0 || box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) return `focused ${el.outerHTML.slice(0, 80)} is off screen`;
                      return '';
                    }
                    """, i);
                if (problem.Length > 0)
                {
                    return [problem];
                }
            }

            return [];
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await using var context = await sites.NewContextAsync(390);
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Real.Absolute("/ita/results/"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("ข้ามไปยังเนื้อหาหลัก", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after the skip link, the next Tab stop is not inside <main>");
    }

    [BrowserFact]
    public async Task The_phone_menu_opens_follows_and_closes_with_the_keyboard()
    {
        await using var context = await sites.NewContextAsync(390);
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Real.Absolute("/"));
        var toggle = page.Locator(".app-nav__toggle");
        var firstLink = page.Locator(".app-nav__link").First;
        Assert.False(await firstLink.IsVisibleAsync());

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await firstLink.IsVisibleAsync());
        Assert.True(await firstLink.EvaluateAsync<bool>("a => a === document.activeElement"), "Tab after the open menu button does not reach its first link");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await toggle.EvaluateAsync<bool>("b => b === document.activeElement"), "Escape does not return focus to the menu button");

        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/about/", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var followed = page.WaitForURLAsync(sites.Real.Absolute("/about/"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await followed;
    }

    [BrowserFact]
    public async Task A_table_is_a_tab_stop_only_while_it_overflows()
    {
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Fixture.Absolute("/content/"));
        var wrapper = page.Locator(".app-table-wrapper").First;
        Assert.Null(await wrapper.GetAttributeAsync("tabindex"));

        // Make the table wider than its wrapper, as a wide table on a tablet would be, and tell the script.
        await wrapper.EvaluateAsync("w => { w.querySelector('table').style.minWidth = '3000px'; window.dispatchEvent(new Event('resize')); }");
        Assert.Equal("0", await wrapper.GetAttributeAsync("tabindex"));
        Assert.Equal("region", await wrapper.GetAttributeAsync("role"));
        var caption = (await wrapper.Locator("caption").TextContentAsync())!.Trim();
        Assert.StartsWith(caption, await wrapper.GetAttributeAsync("aria-label"), StringComparison.Ordinal);

        await wrapper.EvaluateAsync("w => { w.querySelector('table').style.minWidth = ''; window.dispatchEvent(new Event('resize')); }");
        Assert.Null(await wrapper.GetAttributeAsync("tabindex"));
        Assert.Null(await wrapper.GetAttributeAsync("role"));
    }
}
