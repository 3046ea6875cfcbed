using Microsoft.Playwright;

namespace Portal.Benchmarks;

/// <summary>
/// Runs a query through each search client in a page of a built site, the way a visitor's browser
/// does: ours (the theme's <c>search.js</c> on a bare search page written into the site as
/// <see cref="OursPage"/>), and Pagefind's JavaScript API (search, then the data of the results
/// shown). Both show <see cref="ResultsShown"/> results.
/// </summary>
public static class SearchClients
{
    public const string OursPage = "/bench-search/";
    public const string PagefindPage = "/bench-pagefind/";
    public const int ResultsShown = 10;

    /// <summary>Writes the two bare pages into the built site (ours needs the theme's search.js copied in).</summary>
    public static void Prepare(string site, string searchJs)
    {
        Directory.CreateDirectory(Path.Combine(site, "bench-search"));
        File.Copy(searchJs, Path.Combine(site, "bench-search", "search.js"), overwrite: true);
        File.WriteAllText(Path.Combine(site, "bench-search", "index.html"), """
            <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>search</title>
            <script src="/bench-search/search.js" defer></script></head><body>
            <form class="app-search-form" action="/bench-search/" method="get"><input name="q" type="search"><button class="app-search-form__button">ค้นหา</button></form>
            <p class="app-search__status" role="status" aria-live="polite"></p>
            <div id="search-results" data-search-index="/search/"></div>
            </body></html>
            """);
        Directory.CreateDirectory(Path.Combine(site, "bench-pagefind"));
        File.WriteAllText(Path.Combine(site, "bench-pagefind", "index.html"), """
            <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>pagefind</title></head><body></body></html>
            """);
    }

    /// <summary>Our client: loads the page with <c>?q=</c> and waits for the results; returns the result URLs in rank order.</summary>
    public static async Task<IReadOnlyList<string>> OursAsync(IPage page, string query)
    {
        await page.GotoAsync($"{ServedBrowser.Origin}{OursPage}?q={Uri.EscapeDataString(query)}");
        await page.Locator("#search-results[data-search-state]").WaitForAsync(new() { Timeout = 60_000 });
        return await page.Locator("#search-results .app-search-results__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    /// <summary>Our client, warm (index already loaded): submits the form in place; the time from submit to results, in the page.</summary>
    public static Task<double> OursWarmAsync(IPage page, string query) => page.EvaluateAsync<double>("""
        query => new Promise(resolve => {
          const results = document.getElementById('search-results');
          const form = document.querySelector('.app-search-form');
          form.querySelector('input[name="q"]').value = query;
          const observer = new MutationObserver(() => {
            if (results.getAttribute('data-search-state') === 'done') {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(results, { attributes: true });
          const start = performance.now();
          form.requestSubmit();
        })
        """, query);

    /// <summary>Pagefind: search, then load the data (URL, title, excerpt) of the results shown. Returns the URLs and the time taken in the page.</summary>
    public static async Task<(IReadOnlyList<string> Urls, double Milliseconds)> PagefindAsync(IPage page, string query)
    {
        if (!page.Url.EndsWith(PagefindPage, StringComparison.Ordinal))
        {
            await page.GotoAsync(ServedBrowser.Origin + PagefindPage);
        }

        var result = await page.EvaluateAsync<PagefindResult>("""
            async ([query, shown]) => {
              window.pagefind = window.pagefind || await import('/pagefind/pagefind.js');
              const start = performance.now();
              const search = await window.pagefind.search(query);
              const data = await Promise.all(search.results.slice(0, shown).map(r => r.data()));
              const ms = performance.now() - start;
              return { urls: data.map(d => d.url), ms, total: search.results.length };
            }
            """, new object[] { query, ResultsShown });
        return (result.Urls, result.Ms);
    }

    /// <summary>All of Pagefind's result URLs in rank order (for relevance), loading each result's data.</summary>
    public static Task<string[]> PagefindAllAsync(IPage page, string query) => page.EvaluateAsync<string[]>("""
        async query => {
          window.pagefind = window.pagefind || await import('/pagefind/pagefind.js');
          const search = await window.pagefind.search(query);
          const data = await Promise.all(search.results.slice(0, 20).map(r => r.data()));
          return data.map(d => d.url);
        }
        """, query);

    public sealed class PagefindResult
    {
        public string[] Urls { get; set; } = [];

        public double Ms { get; set; }

        public int Total { get; set; }
    }
}
