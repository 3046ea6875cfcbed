using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, never a downloaded browser) driven by Playwright, with
/// a built site served from its folder through request interception at <see cref="Origin"/>: no web
/// server, no port, and every byte the page downloads is counted. Shared by a test class; when
/// Chromium is missing, tests skip with a message, except in CI (<c>CI=true</c>), where they fail.
/// </summary>
public sealed class SearchBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Origin = "http://portal.test";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>Call first in every browser test.</summary>
    public static void RequireChromium()
    {
        if (IsAvailable)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {ChromiumPath} is missing: .ci/run must install the Debian package chromium");
        }

        Skip.If(true, $"{ChromiumPath} not found: browser tests skipped (apt-get install chromium fonts-thai-tlwg to run them; in CI they must run)");
    }

    public async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }

        // Playwright gives every launch a fresh, temporary --user-data-dir of its own.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A fresh page (its own cache) that sees <paramref name="siteDirectory"/> at <see cref="Origin"/>.</summary>
    public async Task<ServedPage> OpenAsync(string siteDirectory, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "th-TH", JavaScriptEnabled = javaScript });
        var served = new ServedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", route => served.ServeAsync(route, siteDirectory));
        return served;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
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
