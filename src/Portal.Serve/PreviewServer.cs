using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features;
using Portal.Features.Editor;
using Portal.Output;

namespace Portal.Serve;

/// <summary>
/// <c>portal serve</c>: builds the site into memory, serves it on 127.0.0.1 only, rebuilds what a change
/// touches (<see cref="Rebuilder"/>) and reloads open tabs (<see cref="ReloadHub"/>). Pages are served with
/// the headers of <c>netlify.toml</c>; HTML pages get the reload script and the error overlay's style as
/// two files of the server's own (<c>/_portal/</c>), so the CSP needs no exception. The built site never
/// contains them. It answers only requests that name it in <c>Host</c>, and changes only from its own pages
/// (<see cref="OwnOrigin"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string ClientPrefix = "/_portal/";
    private const string EventsPath = ClientPrefix + "events";

    /// <summary>Where <c>/admin/</c> reaches decap-server under <c>--cms</c>: the preview's own origin, so its CSP needs no local exception.</summary>
    public const string CmsApiPath = ClientPrefix + "cms/api/v1";

    private static readonly byte[] ClientTags = Encoding.UTF8.GetBytes(
        $"<link rel=\"stylesheet\" href=\"{ClientPrefix}overlay.css\"><script src=\"{ClientPrefix}reload.js\" defer></script>");

    /// <summary>By file extension; the editor's <c>config.yml</c> as YAML in UTF-8 (ASP.NET Core knows no <c>.yml</c>), as Netlify is told to serve it.</summary>
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".yml"] = YamlContentType } };

    public const string YamlContentType = "text/yaml; charset=utf-8";

    private readonly WebApplication _app;
    private readonly Rebuilder _rebuilder;
    private readonly ReloadHub _hub;

    private PreviewServer(WebApplication app, Rebuilder rebuilder, ReloadHub hub, BuildStatus first, BuildSession session)
    {
        _app = app;
        _rebuilder = rebuilder;
        _hub = hub;
        FirstBuild = first;
        Session = session;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Where the site is served, as <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    public BuildStatus FirstBuild { get; }

    /// <summary>The session the server builds with: what the last build rendered, what each page read.</summary>
    public BuildSession Session { get; }

    /// <summary>Tabs listening for reloads.</summary>
    public int ListenerCount => _hub.ClientCount;

    /// <summary>Listens, builds once, then watches. A port in use is a configuration problem (exit 2), reported before anything is built.</summary>
    /// <param name="port">0 picks a free port (tests).</param>
    /// <param name="built">Each build after the first, from the watcher's thread.</param>
    /// <param name="failed">A build that could not run at all.</param>
    /// <param name="cms">decap-server, for <c>portal serve --cms</c>: <c>/admin/</c> then saves through it.</param>
    /// <param name="parts">The registered parts every build of the preview is made with; by default the built-in features' (<see cref="PortalFeatures.Parts"/>).</param>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, SecurityHeaders headers, Action<BuildStatus> built, Action<Exception> failed,
        CancellationToken cancellationToken, DecapServer? cms = null, BuildParts? parts = null)
    {
        var target = new MemoryTarget();
        var hub = new ReloadHub();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        // HTTP/1.1 only: what browsers speak without TLS, so each request's Host header is the one name checked below.
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var proxy = cms is null ? null : new CmsApiProxy(cms, new InputFolder(cms.ContentRepository, options.InputDirectory));
        app.Run(context => Answer(context, target, headers, hub, proxy));

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new BuildConfigurationException($"เปิดพอร์ต {port} ที่ 127.0.0.1 ไม่ได้ อาจมีโปรแกรมอื่นใช้อยู่ ให้ปิดโปรแกรมนั้นหรือใช้ --port อื่น",
                $"cannot listen on 127.0.0.1:{port}; another program may be using it: stop it or choose another --port ({e.Message})");
        }

        // Listening first, so a port in use is reported at once (and, with --cms, the editor's configuration knows the port);
        // until the first build ends, pages say the site is being built.
        if (cms is not null)
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            options = options with { Extensions = options.Extensions.With(new LocalEditing(new Uri(address, CmsApiPath).ToString(), cms.Review)) };
        }

        var session = new BuildSession(options, parts ?? PortalFeatures.Parts);
        var rebuilder = new Rebuilder(session, target, status =>
        {
            hub.Built(status);
            built(status);
        }, hub.Completed, failed);
        BuildStatus first;
        try
        {
            first = rebuilder.Start();
        }
        catch
        {
            rebuilder.Dispose();
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        hub.Built(first);
        return new PreviewServer(app, rebuilder, hub, first, session);
    }

    private static async Task Answer(HttpContext context, MemoryTarget target, SecurityHeaders headers, ReloadHub hub, CmsApiProxy? cms)
    {
        // Another host name is a page that rebound its name to 127.0.0.1: it gets nothing (421 Misdirected Request).
        if (!OwnOrigin.IsOwnHost(context))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }

        var path = context.Request.Path.Value is { Length: > 0 } p ? p : "/";
        foreach (var (name, value) in headers.For(path))
        {
            context.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            // A request that may change something comes from a page of this server, or from nowhere.
            if (!OwnOrigin.IsFromOwnPage(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            else if (cms is not null && path == CmsApiPath && HttpMethods.IsPost(context.Request.Method))
            {
                await cms.Forward(context).ConfigureAwait(false);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            }

            return;
        }

        if (path == EventsPath)
        {
            await Events(context, hub).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith(ClientPrefix, StringComparison.Ordinal))
        {
            await ClientFile(context, path[ClientPrefix.Length..]).ConfigureAwait(false);
            return;
        }

        var files = target.Files;
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (files.TryGetValue(relative, out var content))
        {
            await Send(context, StatusCodes.Status200OK, relative, content).ConfigureAwait(false);
        }
        else if (files.ContainsKey(relative + "/index.html"))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
        }
        else if (files.Count == 0)
        {
            // No build has succeeded yet (the first is running, or it failed): a page that says so; the overlay lists the errors, and a reload follows the first good build.
            await Send(context, StatusCodes.Status503ServiceUnavailable, "index.html", Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>portal serve</title></head><body>" +
                "<p>ยังสร้างเว็บไซต์ไม่สำเร็จ ดูข้อผิดพลาดด้านล่างหรือในหน้าต่างคำสั่ง (the site has not built yet; see the errors below or in the terminal)</p></body></html>")).ConfigureAwait(false);
        }
        else if (files.TryGetValue("404.html", out var notFound))
        {
            await Send(context, StatusCodes.Status404NotFound, "404.html", notFound).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static async Task Send(HttpContext context, int status, string relativePath, byte[] content)
    {
        context.Response.StatusCode = status;
        var known = ContentTypes.TryGetContentType(relativePath, out var type);

        // Every text the site publishes is UTF-8, attachments included (netlify.toml says the same for /files/): without
        // the charset a browser reads a Thai .txt as Windows-1252.
        context.Response.ContentType = !known ? "application/octet-stream" : type!.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        if (type == "text/html")
        {

            // Not the web editor: each save there changes input/, and a reload would throw away the form it is showing.
            if (!relativePath.StartsWith(CmsOutput.Folder, StringComparison.Ordinal))
            {
                content = WithClient(content);
            }
        }

        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The page with the reload script and the overlay's style linked just before <c>&lt;/head&gt;</c>.</summary>
    private static byte[] WithClient(byte[] html)
    {
        var end = html.AsSpan().IndexOf("</head>"u8);
        return end < 0 ? html : [.. html.AsSpan(0, end), .. ClientTags, .. html.AsSpan(end)];
    }

    private static async Task ClientFile(HttpContext context, string name)
    {
        await using var resource = typeof(PreviewServer).Assembly.GetManifestResourceStream($"Portal.Serve.Client.{name}");
        if (resource is null || name.Contains('/', StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await resource.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task Events(HttpContext context, ReloadHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var messages = hub.Subscribe();
        try
        {
            await foreach (var message in messages.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The tab closed.
        }
        finally
        {
            hub.Unsubscribe(messages);
        }
    }

    /// <summary>Stops watching, ends the reload streams, and stops the server; the port is free when this returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _rebuilder.Dispose();
        _hub.Close();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
