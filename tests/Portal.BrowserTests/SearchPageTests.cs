using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// The search page in Chromium, on the search fixture site (never the real content, which staff change): typed queries,
/// the results, the messages, and the page without JavaScript.
/// </summary>
public sealed class SearchPageTests
{
    [BrowserFact]
    public async Task A_thai_query_typed_in_the_header_box_lists_the_expected_page_first()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;
        await page.GotoAsync(SearchBrowser.Origin + "/");

        await SearchFromHeaderAsync(page, "ร้องเรียนการทุจริต");
        var links = await ResultLinksAsync(page);

        Assert.Equal("/complaints/", links[0]);
        Assert.Equal("ร้องเรียนการทุจริต", await page.Locator("#search-query").InputValueAsync());
    }

    [BrowserFact]
    public async Task Results_are_links_with_section_date_and_an_excerpt_with_the_words_marked()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ปลูกต้นไม้"));
        var links = await ResultLinksAsync(page);

        Assert.Contains("/news/2023-05-10-tree-planting/", links.Take(3));
        var item = page.Locator(".app-search-results__item").Filter(new() { Has = page.Locator("a[href='/news/2023-05-10-tree-planting/']") });
        Assert.Equal("ข่าวสาร", (await item.Locator(".app-search-results__meta").InnerTextAsync()).Split(" · ")[0]);
        Assert.Equal("2023-05-10", await item.Locator("time").GetAttributeAsync("datetime"));
        var marked = await item.Locator("mark").AllInnerTextsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.True(word.Contains("ปลูก", StringComparison.Ordinal) || word.Contains("ต้นไม้", StringComparison.Ordinal), word));
    }

    [BrowserFact]
    public async Task The_number_of_results_is_announced_in_a_live_region()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ภาษีที่ดิน"));
        var links = await ResultLinksAsync(page);

        var status = page.Locator(".app-search__status");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.InRange(links.Count, 2, 9); // all on the first page of results, so the count is theirs
        Assert.Equal($"พบ {links.Count} หน้าสำหรับ “ภาษีที่ดิน”", await status.InnerTextAsync());
    }

    [BrowserFact]
    public async Task A_query_that_matches_nothing_suggests_the_sitemap_and_the_complaint_page()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("qxzqv"));
        await WaitForSearchAsync(page);

        Assert.Equal(0, await page.Locator("#search-results .app-search-results__link").CountAsync());
        Assert.Contains("ไม่พบ", await page.Locator(".app-search__status").InnerTextAsync(), StringComparison.Ordinal);
        var hrefs = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/sitemap/", hrefs);
        Assert.Contains("/complaints/", hrefs);
    }

    [BrowserFact]
    public async Task A_filter_keeps_only_the_pages_of_that_section()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("เทศบาล"));
        var unfiltered = await ResultLinksAsync(page);
        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("เทศบาล") + "&section=news");
        var links = await ResultLinksAsync(page);

        Assert.Contains(unfiltered, link => !link.StartsWith("/news/", StringComparison.Ordinal));
        // Every news page among the first unfiltered results is kept, and only news pages (the filter may bring more of them up).
        Assert.Subset(links.ToHashSet(), unfiltered.Where(link => link.StartsWith("/news/", StringComparison.Ordinal)).ToHashSet());
        Assert.All(links, link => Assert.StartsWith("/news/", link, StringComparison.Ordinal));
        Assert.NotEmpty(links);
        Assert.Equal("news", await page.Locator("#search-filter-section").InputValueAsync());
    }

    [BrowserFact]
    public async Task A_second_query_on_the_search_page_changes_the_address_and_back_shows_the_first_again()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;
        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ถุงยังชีพ"));
        Assert.Equal("/news/2023-03-01-flood-relief/", (await ResultLinksAsync(page))[0]);
        served.ForgetRequests();

        await page.Locator("#search-query").FillAsync("ปลูกต้นไม้");
        await page.Locator("#search-query").PressAsync("Enter");
        await page.WaitForURLAsync(url => url == SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ปลูกต้นไม้"));
        Assert.Equal("/news/2023-05-10-tree-planting/", (await ResultLinksAsync(page))[0]);
        Assert.DoesNotContain(served.Requests, r => r.Path == "/search/" || r.Path == "/search/manifest.json");

        await page.GoBackAsync();
        await page.Locator("#search-results[data-search-state]").WaitForAsync();
        Assert.Equal("/news/2023-03-01-flood-relief/", (await ResultLinksAsync(page))[0]);
        Assert.Equal("ถุงยังชีพ", await page.Locator("#search-query").InputValueAsync());
    }

    [BrowserFact]
    public async Task Without_javascript_the_search_page_explains_and_links_the_sitemap()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance, javaScript: false);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/");
        await SearchFromHeaderAsync(page, "ภาษีที่ดิน");

        var hrefs = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/sitemap/", hrefs);
        Assert.Contains("JavaScript", await page.Locator("#search-results").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_first_query_downloads_only_the_manifest_its_chunks_and_the_fragments_shown()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchRelevance);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("ภาษี"));
        var links = await ResultLinksAsync(page);

        var searchFiles = served.Requests.Select(r => r.Path).Where(p => p.StartsWith("/search/", StringComparison.Ordinal) && p != "/search/").ToList();
        Assert.Contains("/search/manifest.json", searchFiles);
        Assert.Equal(links.Count, searchFiles.Count(p => p.StartsWith("/search/pages/", StringComparison.Ordinal)));
        Assert.DoesNotContain(searchFiles, p => p.StartsWith("/search/filters/", StringComparison.Ordinal));
        var allChunks = Directory.GetFiles(Path.Combine(TestSites.SearchRelevance, "search", "terms")).Length;
        Assert.True(searchFiles.Count(p => p.StartsWith("/search/terms/", StringComparison.Ordinal)) < allChunks || allChunks == 1);
    }

    [BrowserFact]
    public async Task A_word_inside_an_attached_pdf_finds_the_pdf_and_names_the_page_that_lists_it()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchAttachments);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("กองช่าง"));
        var links = await ResultLinksAsync(page);

        Assert.Equal("/files/tax/แบบภาษีที่ดิน.pdf", Uri.UnescapeDataString(Assert.Single(links)));
        Assert.Equal("แบบยื่นภาษีที่ดิน (ตัวอย่าง)", await page.Locator(".app-search-results__link").InnerTextAsync());
        var listing = page.Locator(".app-search-results__listing");
        Assert.Equal("PDF · แนบใน: ภาษีท้องถิ่น", await listing.InnerTextAsync());
        Assert.Equal("/tax/", await listing.Locator("a").GetAttributeAsync("href"));
        Assert.NotEmpty(await page.Locator(".app-search-results__excerpt mark").AllInnerTextsAsync());
    }

    [BrowserFact]
    public async Task A_scanned_pdf_is_found_by_its_title_and_shows_no_empty_excerpt()
    {
        await using var served = await SearchBrowser.OpenAsync(TestSites.SearchAttachments);
        var page = served.Page;

        await page.GotoAsync(SearchBrowser.Origin + "/search/?q=" + Uri.EscapeDataString("สแกน"));
        var links = await ResultLinksAsync(page);

        Assert.Equal("/files/tax/scan.pdf", Assert.Single(links));
        Assert.Equal("PDF · แนบใน: ภาษีท้องถิ่น", await page.Locator(".app-search-results__listing").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".app-search-results__excerpt").CountAsync());
    }

    /// <summary>Types a query into the header's search box and presses Enter, waiting for the search page.</summary>
    private static async Task SearchFromHeaderAsync(IPage page, string query)
    {
        await page.Locator("#header-search").FillAsync(query);

        // Waiting from before the key press: the search page can finish loading before a later wait starts.
        var followed = page.WaitForURLAsync("**/search/?q=*");
        await page.Locator("#header-search").PressAsync("Enter");
        await followed;
    }

    /// <summary>Waits until search.js has finished, then returns the result links in rank order.</summary>
    internal static async Task<IReadOnlyList<string>> ResultLinksAsync(IPage page)
    {
        await WaitForSearchAsync(page);
        return await page.Locator("#search-results .app-search-results__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    internal static async Task WaitForSearchAsync(IPage page)
    {
        await page.Locator("#search-results[data-search-state]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("done", await page.Locator("#search-results").GetAttributeAsync("data-search-state"));
    }
}
