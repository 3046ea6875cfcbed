using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// <c>search-compare &lt;built site&gt; &lt;search.js&gt; &lt;query&gt;…</c>: in headless Chromium, for each query,
/// the bytes a first-time visitor downloads (everything but the HTML page: the client's script, the
/// index files, the results' data) with our index and with Pagefind's, and the warm query time
/// (the same query again in the same page, median of <see cref="WarmRuns"/>), measured in the page.
/// The site must hold both indexes: <c>search/</c> (the build) and <c>pagefind/</c> (pagefind --site).
/// </summary>
public static class SearchComparison
{
    private const int WarmRuns = 7;

    public static async Task<int> RunAsync(string[] args)
    {
        var site = args[0];
        SearchClients.Prepare(site, args[1]);
        await using var browser = await ServedBrowser.LaunchAsync();
        Console.WriteLine("client    query                          results  first-query bytes  files  warm ms (median)");
        foreach (var query in args[2..])
        {
            await MeasureOursAsync(browser, site, query);
            await MeasurePagefindAsync(browser, site, query);
        }

        return 0;
    }

    private static async Task MeasureOursAsync(ServedBrowser browser, string site, string query)
    {
        var (page, requests, context) = await browser.OpenAsync(site);
        var urls = await SearchClients.OursAsync(page, query);
        var downloaded = requests.Where(r => r.Path != SearchClients.OursPage).ToList();
        var warm = new List<double>();
        for (var i = 0; i < WarmRuns; i++)
        {
            warm.Add(await SearchClients.OursWarmAsync(page, query));
        }

        Print("ours", query, urls.Count, downloaded, warm);
        await context.DisposeAsync();
    }

    private static async Task MeasurePagefindAsync(ServedBrowser browser, string site, string query)
    {
        var (page, requests, context) = await browser.OpenAsync(site);
        var (urls, _) = await SearchClients.PagefindAsync(page, query);
        var downloaded = requests.Where(r => r.Path != SearchClients.PagefindPage).ToList();
        var warm = new List<double>();
        for (var i = 0; i < WarmRuns; i++)
        {
            warm.Add((await SearchClients.PagefindAsync(page, query)).Milliseconds);
        }

        Print("pagefind", query, urls.Count, downloaded, warm);
        await context.DisposeAsync();
    }

    private static void Print(string client, string query, int results, List<(string Path, long Bytes)> downloaded, List<double> warm)
    {
        warm.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{client,-9} {query,-30} {results,7}  {downloaded.Sum(r => r.Bytes),17:N0}  {downloaded.Count,5}  {warm[warm.Count / 2],8:F1}"));
        foreach (var (path, bytes) in downloaded)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes,9:N0}  {path}"));
        }
    }
}
