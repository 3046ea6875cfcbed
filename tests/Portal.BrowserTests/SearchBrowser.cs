using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// The run's one chromium (<see cref="Chromium.SharedAsync"/>) with a built site served from its folder through
/// request interception at <see cref="Origin"/>: no web server, no port, and every byte the page downloads is counted.
/// </summary>
public static class SearchBrowser
{
    public const string Origin = "http://portal.test";

    /// <summary>A fresh page (its own context and cache) that sees <paramref name="siteDirectory"/> at <see cref="Origin"/>.</summary>
    public static async Task<ServedPage> OpenAsync(string siteDirectory, bool javaScript = true)
    {
        var browser = await Chromium.SharedAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "th-TH", JavaScriptEnabled = javaScript });
        var served = new ServedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", route => served.ServeAsync(route, siteDirectory));
        return served;
    }

    /// <summary>A page and what it downloaded: every path requested and the bytes served.</summary>
    public sealed class ServedPage(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        private readonly List<(string Path, long Bytes)> _requests = [];

        public IPage Page { get; } = page;

        public IReadOnlyList<(string Path, long Bytes)> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        public void ForgetRequests()
        {
            lock (_requests)
            {
                _requests.Clear();
            }
        }

        internal async Task ServeAsync(IRoute route, string siteDirectory)
        {
            var uri = new Uri(route.Request.Url);
            if (!uri.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.Ordinal))
            {
                await route.AbortAsync();    // the site makes no request to another host
                return;
            }

            var path = Uri.UnescapeDataString(uri.AbsolutePath);
            var file = Path.Combine(siteDirectory, (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/'));
            var found = File.Exists(file);
            var body = await File.ReadAllBytesAsync(found ? file : Path.Combine(siteDirectory, "404.html"));
            lock (_requests)
            {
                _requests.Add((path, body.LongLength));
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = found ? 200 : 404, BodyBytes = body, ContentType = ContentType(file) });
        }

        private static string ContentType(string file) => Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };

        public async ValueTask DisposeAsync() => await context.DisposeAsync();
    }
}
