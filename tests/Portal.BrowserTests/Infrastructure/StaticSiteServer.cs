using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Portal.Serve;
using Portal.Testing;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 and a free port, the way Netlify does for these tests: pretty
/// URLs (<c>/a/</c> → <c>a/index.html</c>), <c>404.html</c> for a missing path, and the headers of <c>netlify.toml</c>
/// for each path, read and matched as the preview server does (<see cref="SecurityHeaders"/>), so a page that breaks
/// its content security policy breaks in the tests too.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
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
        var headers = SecurityHeaders.Load(TestRepository.NetlifyToml);
        app.Use(async (context, next) =>
        {
            // The path as asked for, before /a/ becomes /a/index.html. As on Netlify, a rule's Content-Type replaces the
            // one the file's extension gives, so the headers are set last.
            var path = context.Request.Path.Value is { Length: > 0 } asked ? asked : "/";
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in headers.For(path))
                {
                    context.Response.Headers[name] = value;
                }

                return Task.CompletedTask;
            });
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
}
