using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 and a free port, the way Netlify does for these tests: pretty
/// URLs (<c>/a/</c> → <c>a/index.html</c>), <c>404.html</c> for a missing path, and the content security policy
/// from <c>netlify.toml</c>, so a page that breaks the policy breaks in the tests too.
/// </summary>
internal sealed partial class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory, WebRootPath = siteDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteDirectory);
        var policy = ContentSecurityPolicy();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = policy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Urls.Single();
        return new StaticSiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The Content-Security-Policy header that <c>netlify.toml</c> sets for every response.</summary>
    private static string ContentSecurityPolicy()
    {
        var netlify = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "netlify.toml"));
        var match = PolicyLine().Match(netlify);
        return match.Success ? match.Groups["policy"].Value : throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy");
    }

    [GeneratedRegex("""^\s*Content-Security-Policy\s*=\s*"(?<policy>[^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PolicyLine();
}
