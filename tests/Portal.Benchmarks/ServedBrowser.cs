using Microsoft.Playwright;

namespace Portal.Benchmarks;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>) driven by Playwright, with a built site
/// served from its folder through request interception (no web server): every response body is
/// counted, so "bytes downloaded" is exact and does not depend on a server's compression.
/// </summary>
public sealed class ServedBrowser : IAsyncDisposable
{
    public const string Origin = "http://bench.test";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ServedBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<ServedBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return new ServedBrowser(playwright, browser);
    }

    /// <summary>A fresh context (empty cache) seeing <paramref name="site"/> at <see cref="Origin"/>.</summary>
    public async Task<(IPage Page, List<(string Path, long Bytes)> Requests, IBrowserContext Context)> OpenAsync(string site)
    {
        var context = await _browser.NewContextAsync();
        var requests = new List<(string, long)>();
        await context.RouteAsync("**/*", async route =>
        {
            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath);
            var file = Path.Combine(site, (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/'));
            if (!File.Exists(file))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
                return;
            }

            var body = await File.ReadAllBytesAsync(file);
            lock (requests)
            {
                requests.Add((path, body.LongLength));
            }

            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript",
                ".json" => "application/json",
                ".wasm" => "application/wasm",
                _ => "application/octet-stream",
            };
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = body, ContentType = type });
        });
        return (await context.NewPageAsync(), requests, context);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
