using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Issue 22 in Chromium, on the frozen snapshot of the real site: on a phone the search box and the first result are
/// on the first screen, on the search page and after a search from the header; a search that finds nothing offers
/// a way on; an OIT code lists its item's pages newest year first.
/// </summary>
public sealed class SearchFindabilityTests
{
    public static TheoryData<int, int> Phones() => new() { { 320, 640 }, { 390, 844 } };

    [BrowserTheory]
    [MemberData(nameof(Phones))]
    public async Task On_a_phone_the_search_box_and_the_first_result_are_on_the_first_screen_of_the_search_page(int width, int height)
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.Snapshot);
        var page = served.Page;
        await page.SetViewportSizeAsync(width, height);

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ร้องเรียน"));
        await SearchPageTests.WaitForSearchAsync(page);

        await AssertOnFirstScreenAsync(page, height);
    }

    [BrowserTheory]
    [MemberData(nameof(Phones))]
    public async Task On_a_phone_a_search_from_the_header_shows_the_box_and_the_first_result_on_the_first_screen(int width, int height)
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.Snapshot);
        var page = served.Page;
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(SearchBrowser.Origin + "/");

        await page.Locator("#header-search").FillAsync("เบอร์โทร");
        var followed = page.WaitForURLAsync("**/search/?q=*");
        await page.Locator("#header-search").PressAsync("Enter");
        await followed;
        await SearchPageTests.WaitForSearchAsync(page);

        await AssertOnFirstScreenAsync(page, height);
    }

    /// <summary>The search box and the first result's title lie wholly inside the first screen (bounding boxes, no scrolling).</summary>
    private static async Task AssertOnFirstScreenAsync(IPage page, int height)
    {
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        var box = await page.Locator("#search-query").BoundingBoxAsync();
        var first = await page.Locator("#search-results .app-search-results__link").First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.NotNull(first);
        Assert.True(box.Height > 0 && box.Y >= 0 && box.Y + box.Height <= height, $"search box at y = {box.Y}–{box.Y + box.Height}, screen {height}");
        Assert.True(first.Y + first.Height <= height, $"first result at y = {first.Y}–{first.Y + first.Height}, screen {height}");
    }

    [BrowserFact]
    public async Task A_search_that_finds_nothing_offers_other_words_the_contact_page_the_1567_hotline_and_the_sitemap_in_the_live_region_too()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.Snapshot);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("qxzqv"));
        await SearchPageTests.WaitForSearchAsync(page);

        Assert.Equal(0, await page.Locator("#search-results .app-search-results__link").CountAsync());
        var status = await page.Locator(".app-search__status[role=status]").InnerTextAsync();
        Assert.Contains("ไม่พบ", status, StringComparison.Ordinal);
        Assert.Contains("คำที่สั้นลงหรือคำอื่น", status, StringComparison.Ordinal);
        var help = page.Locator("#search-results .app-search__help");
        Assert.True(await help.IsVisibleAsync());
        Assert.Contains("คำที่สั้นลง", await help.InnerTextAsync(), StringComparison.Ordinal);
        var hrefs = await help.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/contact/", hrefs);
        Assert.Contains("tel:1567", hrefs);
        Assert.Contains("/sitemap/", hrefs);
        Assert.Contains("/complaints/", hrefs);
    }

    [BrowserFact]
    public async Task Without_javascript_the_search_page_offers_the_same_way_on()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.Snapshot, javaScript: false);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ภาษี"));

        var hrefs = await page.Locator("#search-results .app-search__help a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/contact/", hrefs);
        Assert.Contains("tel:1567", hrefs);
        Assert.Contains("/sitemap/", hrefs);
    }

    [BrowserTheory]
    [InlineData("O27")]
    [InlineData("o27")]
    [InlineData("O 27")]
    [InlineData("O๒๗")]
    public async Task An_oit_code_lists_its_item_pages_first_newest_fiscal_year_first(string query)
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.Snapshot);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString(query));
        var links = await SearchPageTests.ResultLinksAsync(page);

        var items = links.TakeWhile(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^/ita/[0-9]{4}/o27/$")).ToList();
        Assert.True(items.Count >= 2, string.Join(", ", links.Take(5)));
        Assert.Equal(items.OrderDescending(StringComparer.Ordinal), items);
    }
}
