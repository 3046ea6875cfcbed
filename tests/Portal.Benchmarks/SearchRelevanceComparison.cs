using System.Globalization;
using Portal.BrowserTests;

namespace Portal.Benchmarks;

/// <summary>
/// <c>search-relevance &lt;real site&gt; &lt;fixture site&gt; &lt;search.js&gt;</c>: the relevance test set of
/// tests/Portal.BrowserTests (the same file, linked) through our client and through Pagefind, on
/// the two sites built with both indexes. A query passes when every expected page is found and the
/// best of them is at rank MaxRank or better. Prints each query and the totals for both.
/// </summary>
public static class SearchRelevanceComparison
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sites = new Dictionary<string, string> { [SearchRelevanceCase.Real] = args[0], [SearchRelevanceCase.Fixture] = args[1] };
        foreach (var site in sites.Values)
        {
            SearchClients.Prepare(site, args[2]);
        }

        await using var browser = await ServedBrowser.LaunchAsync();
        var totals = new Dictionary<string, (int Passed, int Found, int Expected, double ReciprocalRanks)>
        {
            ["ours"] = (0, 0, 0, 0),
            ["pagefind"] = (0, 0, 0, 0),
        };
        foreach (var query in SearchRelevanceCase.All)
        {
            var (page, _, context) = await browser.OpenAsync(sites[query.Site]);
            var ours = await SearchClients.OursAsync(page, query.Query);
            await page.GotoAsync(ServedBrowser.Origin + SearchClients.PagefindPage);
            var pagefind = await SearchClients.PagefindAllAsync(page, query.Query);
            await context.DisposeAsync();

            var line = $"{query.Site,-8} {query.Kind,-12} {query.Query,-28}";
            foreach (var (client, urls) in new[] { ("ours", (IReadOnlyList<string>)ours), ("pagefind", pagefind) })
            {
                var ranks = query.Expected.Select(url => urls.ToList().IndexOf(url) + 1).ToList();
                var found = ranks.Count(r => r > 0);
                var best = ranks.Where(r => r > 0).DefaultIfEmpty(0).Min();
                var passed = found == ranks.Count && best <= query.MaxRank;
                var total = totals[client];
                totals[client] = (total.Passed + (passed ? 1 : 0), total.Found + found, total.Expected + ranks.Count, total.ReciprocalRanks + (best > 0 ? 1.0 / best : 0));
                line += $"  {client}: {(passed ? "pass" : "FAIL")} rank {(best > 0 ? best.ToString(CultureInfo.InvariantCulture) : "-")}";
            }

            Console.WriteLine(line);
        }

        foreach (var (client, total) in totals)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{client}: {total.Passed}/{SearchRelevanceCase.All.Count} queries pass; recall {total.Found}/{total.Expected}; MRR of the best expected page {total.ReciprocalRanks / SearchRelevanceCase.All.Count:F3}"));
        }

        return 0;
    }
}
