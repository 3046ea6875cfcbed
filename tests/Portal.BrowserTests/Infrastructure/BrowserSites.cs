using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// What a browser test class works on: the real site and the fixture site that uses every layout, served on 127.0.0.1,
/// and the run's one chromium. All of it is made once per test run and shared by every class (<see cref="TestSites"/>,
/// <see cref="Chromium.SharedAsync"/>); this class fixture only waits for it, so the classes run side by side.
/// </summary>
public sealed class BrowserSites : IAsyncLifetime
{
    private static readonly Lazy<Task<BuiltSite>> ServedReal = new(() => Task.Run(() => ServeAsync("real site", TestSites.Real)));
    private static readonly Lazy<Task<BuiltSite>> ServedFixture = new(() => Task.Run(() => ServeAsync("fixture site", TestSites.EveryLayout)));

    /// <summary>How many pages <see cref="CheckSamplePagesAsync"/> keeps open at once.</summary>
    public const int PagesSideBySide = 4;

    private IBrowser? _browser;

    public BuiltSite Real { get; private set; } = null!;

    public BuiltSite Fixture { get; private set; } = null!;

    public IReadOnlyList<BuiltSite> Both => [Real, Fixture];

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        Real = await ServedReal.Value;
        Fixture = await ServedFixture.Value;
        if (Chromium.SkipReason is null)
        {
            _browser = await Chromium.SharedAsync();
        }
    }

    /// <summary>A fresh browser context (no shared cookies or cache) with the given viewport; the caller disposes it.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "th-TH",
        });

    /// <summary>
    /// Runs <paramref name="check"/> on every sample page of both sites (<see cref="BuiltSite.SampleUrls"/>) and returns what
    /// it found, each line prefixed with the site and page. Pages are visited <see cref="PagesSideBySide"/> at a time, each
    /// stream in a context of its own made by <paramref name="newContext"/>, its page set up by <paramref name="prepare"/>:
    /// a page's checks mostly wait on the browser, so one page after another would leave the machine idle.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckSamplePagesAsync(
        Func<Task<IBrowserContext>> newContext, Func<IPage, BuiltSite, string, Task<IEnumerable<string>>> check, Func<IBrowserContext, IPage, Task>? prepare = null)
    {
        var queue = new ConcurrentQueue<(BuiltSite Site, string Url)>(
            Both.SelectMany(site => site.SampleUrls.Select(url => (site, url))));
        var problems = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, PagesSideBySide).Select(async _ =>
        {
            await using var context = await newContext();
            var page = await context.NewPageAsync();
            if (prepare is not null)
            {
                await prepare(context, page);
            }

            while (queue.TryDequeue(out var next))
            {
                foreach (var problem in await check(page, next.Site, next.Url))
                {
                    problems.Add($"{next.Site} {next.Url}: {problem}");
                }
            }
        }));
        return [.. problems.Order(StringComparer.Ordinal)];
    }

    /// <summary>The sites, their servers and the browser belong to the run, not to one class: they end with the test host.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<BuiltSite> ServeAsync(string name, string output)
    {
        var server = await StaticSiteServer.StartAsync(output);
        return new BuiltSite(name, output, server.Address);
    }
}
