using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Runs every query of <see cref="SearchRelevanceCase.All"/> through the real search page and
/// search.js in Chromium (not a copy of the ranking in C#), and checks recall and the rank of the
/// expected page. The cases written for the real site run on its frozen snapshot, or on <c>input/</c>
/// itself with <c>PORTAL_SEARCH_REAL_SITE=1</c> (<see cref="TestSites.RealOrSnapshot"/>).
/// </summary>
public sealed class SearchRelevanceTests(SearchRelevanceTests.OpenSearchPages pages) : IClassFixture<SearchRelevanceTests.OpenSearchPages>
{
    public static TheoryData<SearchRelevanceCase> Cases() => [.. SearchRelevanceCase.All];

    [Fact]
    public void The_test_set_covers_every_kind_of_query_the_issue_names()
    {
        Assert.True(SearchRelevanceCase.All.Count >= 70);
        Assert.True(SearchRelevanceCase.All.Count(c => c.Kind is "abbreviation" or "everyday" or "english" or "oit code") >= 30);
        Assert.Superset(new HashSet<string> { "compound", "partial", "mixed", "tone typo", "sara am", "thai digits" }, SearchRelevanceCase.All.Select(c => c.Kind).ToHashSet());
        Assert.Contains(SearchRelevanceCase.All, c => c.Site == SearchRelevanceCase.Real);
        Assert.Contains(SearchRelevanceCase.All, c => c.Site == SearchRelevanceCase.Fixture);
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Finds_the_expected_page_near_the_top(SearchRelevanceCase query)
    {
        var page = await pages.SearchPageAsync(query.Site == SearchRelevanceCase.Real ? TestSites.RealOrSnapshot : TestSites.SearchRelevance);

        var links = await OpenSearchPages.SearchAsync(page, query.Query);

        var ranks = query.Expected.Select(url => links.ToList().IndexOf(url) + 1).ToList();
        var shown = string.Join(", ", links.Take(5));
        Assert.True(ranks.All(rank => rank > 0), $"not found: {string.Join(", ", query.Expected.Where((_, i) => ranks[i] == 0))}; results: {shown}");
        Assert.True(ranks.Min() <= query.MaxRank, $"best expected page at rank {ranks.Min()}, wanted ≤ {query.MaxRank}; results: {shown}");
    }

    /// <summary>
    /// One search page per site, opened on the first query and searched again from its own box, as a citizen does:
    /// the index is downloaded once, and each query is ranked by the same search.js as a fresh page's would be.
    /// </summary>
    public sealed class OpenSearchPages : IAsyncLifetime
    {
        private readonly Dictionary<string, Task<SearchBrowser.ServedPage>> _opened = [];

        public async Task<IPage> SearchPageAsync(string siteDirectory)
        {
            Task<SearchBrowser.ServedPage> opening;
            lock (_opened)
            {
                if (!_opened.TryGetValue(siteDirectory, out opening!))
                {
                    opening = OpenAsync(siteDirectory);
                    _opened[siteDirectory] = opening;
                }
            }

            return (await opening).Page;
        }

        /// <summary>Submits <paramref name="query"/> from the page's search box and returns the result links once that query's search is done.</summary>
        public static async Task<IReadOnlyList<string>> SearchAsync(IPage page, string query)
        {
            await page.Locator("#search-query").FillAsync(query);
            await page.Locator("#search-query").PressAsync("Enter");

            // The submit handler changes the address and clears the state in one step, so a state seen with this query
            // in the address is this query's.
            await page.WaitForFunctionAsync(
                "query => new URLSearchParams(location.search).get('q') === query && document.querySelector('#search-results').hasAttribute('data-search-state')",
                query.Trim(),
                new() { Timeout = 15_000 });
            return await SearchPageTests.ResultLinksAsync(page);
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            foreach (var opening in _opened.Values.Where(o => o.IsCompletedSuccessfully))
            {
                await opening.Result.DisposeAsync();
            }
        }

        private static async Task<SearchBrowser.ServedPage> OpenAsync(string siteDirectory)
        {
            var served = await SearchBrowser.OpenAsync(siteDirectory);
            await served.Page.GotoAsync($"{SearchBrowser.Origin}/search/");
            return served;
        }
    }
}
