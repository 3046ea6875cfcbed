using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Runs every query of <see cref="SearchRelevanceCase.All"/> through the real search page and
/// search.js in Chromium (not a copy of the ranking in C#), and checks recall and the rank of the
/// expected page. The cases written for the real site run on its frozen snapshot, or on <c>input/</c>
/// itself with <c>PORTAL_SEARCH_REAL_SITE=1</c> (<see cref="TestSites.RealOrSnapshot"/>).
/// </summary>
public sealed class SearchRelevanceTests
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
        var site = query.Site == SearchRelevanceCase.Real ? TestSites.RealOrSnapshot : TestSites.SearchRelevance;
        await using var served = await SearchBrowser.OpenAsync(site);

        await served.Page.GotoAsync($"{SearchBrowser.Origin}/search/?q={Uri.EscapeDataString(query.Query)}");
        var links = await SearchPageTests.ResultLinksAsync(served.Page);

        var ranks = query.Expected.Select(url => links.ToList().IndexOf(url) + 1).ToList();
        var shown = string.Join(", ", links.Take(5));
        Assert.True(ranks.All(rank => rank > 0), $"not found: {string.Join(", ", query.Expected.Where((_, i) => ranks[i] == 0))}; results: {shown}");
        Assert.True(ranks.Min() <= query.MaxRank, $"best expected page at rank {ranks.Min()}, wanted ≤ {query.MaxRank}; results: {shown}");
    }
}
