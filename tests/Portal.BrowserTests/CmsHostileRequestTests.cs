using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Serve;

namespace Portal.BrowserTests;

/// <summary>
/// Issue 18, class 1 (the local servers): <c>portal serve --cms</c> attacked as a web page and a local program would.
/// The proxy refuses a foreign Host, a request without the server's own Origin or not sent as JSON, and any path that
/// leads outside the input folder, before decap-server sees it; decap-server itself listens on no port and answers only
/// the proxy. Requests are sent as curl would, with every header written out, and from pages of other origins in
/// Chromium. The repository around the input folder holds canaries that must be neither read nor changed.
/// </summary>
public sealed class CmsHostileRequestTests : IAsyncLifetime
{
    private const string Canary = "canary-4f1c9e";
    private const string Attack = "input/news/2099-01-01-attack.md";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-cms-hostile-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(_folder, "input");

    public Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.FixtureSite, "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(Path.Combine(RepositoryPaths.FixtureSite, "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var outside in new[] { ".git/config", "netlify.toml", "src/x.cs" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, outside))!);
            File.WriteAllText(Path.Combine(_folder, outside), $"{Canary} {outside}\n");
        }

        Directory.CreateDirectory(Path.Combine(Input, "links"));
        File.CreateSymbolicLink(Path.Combine(Input, "links", "config.md"), "../../.git/config");
        Directory.CreateSymbolicLink(Path.Combine(Input, "links", "src"), "../../src");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [CmsFact]
    public Task A_path_outside_the_input_folder_is_refused_with_403_and_never_reaches_the_backend_class_1_local_servers() => WithServer(async (server, client) =>
    {
        string[] reads =
        [
            """{"action":"getEntry","params":{"branch":"main","path":".git/config"}}""",
            """{"action":"getMediaFile","params":{"branch":"main","path":"input/../.git/config"}}""",
            """{"action":"entriesByFiles","params":{"branch":"main","files":[{"path":"input/news/2023-01-15-first.md"},{"path":"src/x.cs"}]}}""",
            """{"action":"getEntry","params":{"branch":"main","path":"input/links/config.md"}}""",
            """{"action":"getMediaFile","params":{"branch":"main","path":"input/links/src/x.cs"}}""",
            """{"action":"entriesByFolder","params":{"branch":"main","folder":"input/links","extension":"md","depth":1}}""",
            """{"action":"getMedia","params":{"branch":"main","mediaFolder":"."}}""",
            """{"action":"getEntry","params":{"branch":"main","path":"/etc/hostname"}}""",
        ];
        string[] writes =
        [
            Save("src/x.cs"),
            Save("input/links/src/x.cs"),
            Save("input/links/config.md"),
            Save("input/../netlify.toml"),
            Save(".git/config"),
            """{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"a","path":"input/news/2099-01-02-a.md","raw":"x"}],"assets":[{"path":"src/y.cs","content":"eA==","encoding":"base64"}],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""",
            """{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"a","path":"input/news/2023-01-15-first.md","raw":"x","newPath":"src/moved.cs"}],"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""",
            """{"action":"persistMedia","params":{"branch":"main","asset":{"path":"src/y.cs","content":"eA==","encoding":"base64"},"options":{"commitMessage":"m"}}}""",
            """{"action":"deleteFile","params":{"branch":"main","path":"netlify.toml","options":{"commitMessage":"m"}}}""",
            """{"action":"deleteFiles","params":{"branch":"main","paths":["input/news/2023-03-01-second.md","input/../netlify.toml"],"options":{"commitMessage":"m"}}}""",
        ];

        foreach (var request in reads.Concat(writes))
        {
            using var response = await client.SendAsync(Post(server, request));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{request}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain(Canary, body, StringComparison.Ordinal);
        }

        foreach (var outside in new[] { ".git/config", "netlify.toml", "src/x.cs" })
        {
            Assert.Equal($"{Canary} {outside}\n", File.ReadAllText(Path.Combine(_folder, outside)));
        }

        Assert.Equal(["x.cs"], Directory.EnumerateFiles(Path.Combine(_folder, "src")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(Input, "news", "2023-03-01-second.md")));
        Assert.False(File.Exists(Path.Combine(Input, "news", "2099-01-02-a.md")));

        // The same API reads and writes inside the input folder.
        using var read = await client.SendAsync(Post(server, """{"action":"getEntry","params":{"branch":"main","path":"input/news/2023-01-15-first.md"}}"""));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("title:", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    });

    [CmsFact]
    public Task A_save_without_the_servers_own_Host_and_Origin_or_not_sent_as_JSON_writes_nothing_class_1_local_servers() => WithServer(async (server, client) =>
    {
        var own = $"http://127.0.0.1:{server.Address.Port}";
        (string? Host, string? Origin, string? SecFetchSite, string? ContentType, HttpStatusCode Expected)[] attempts =
        [
            (null, null, null, "application/json", HttpStatusCode.Forbidden),
            (null, "http://evil.example", null, "application/json", HttpStatusCode.Forbidden),
            (null, "null", null, "application/json", HttpStatusCode.Forbidden),
            (null, $"http://127.0.0.1:{server.Address.Port + 1}", null, "application/json", HttpStatusCode.Forbidden),
            (null, own, "cross-site", "application/json", HttpStatusCode.Forbidden),
            (null, own, null, "text/plain;charset=UTF-8", HttpStatusCode.UnsupportedMediaType),
            (null, own, null, null, HttpStatusCode.UnsupportedMediaType),
            (null, own, null, "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType),
            (null, own, null, "application/json; charset=utf-16", HttpStatusCode.UnsupportedMediaType),
            ("evil.example", own, null, "application/json", HttpStatusCode.MisdirectedRequest),
            ($"rebound.example:{server.Address.Port}", $"http://rebound.example:{server.Address.Port}", null, "application/json", HttpStatusCode.MisdirectedRequest),
        ];

        foreach (var (host, origin, site, type, expected) in attempts)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, PreviewServer.CmsApiPath)) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Save(Attack))) };
            request.Headers.Host = host;
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            if (site is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", site);
            }

            if (type is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }

            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == expected, $"Host {host}, Origin {origin}, Sec-Fetch-Site {site}, Content-Type {type}: {(int)response.StatusCode}");
            Assert.False(File.Exists(Path.Combine(_folder, Attack)), $"Host {host}, Origin {origin}, Sec-Fetch-Site {site}, Content-Type {type} wrote the file");
        }

        // From the server's own page, as JSON, the same save is written.
        using var saved = await client.SendAsync(Post(server, Save(Attack)));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(File.Exists(Path.Combine(_folder, Attack)));
    });

    [CmsFact]
    public async Task The_backend_listens_on_no_TCP_port_class_1_local_servers()
    {
        using var cms = await DecapServer.StartAsync(RepositoryPaths.RepositoryRoot, _folder, review: false, CancellationToken.None);

        var backends = ChildProcesses().Where(pid => File.ReadAllText($"/proc/{pid}/cmdline").Contains(DecapServer.InstallFolder, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(backends);
        Assert.All(backends, pid => Assert.Empty(ListeningTcpSockets(pid)));
    }

    [CmsFact]
    public async Task The_backend_refuses_a_request_without_the_proxys_secret_class_1_local_servers()
    {
        using var cms = await DecapServer.StartAsync(RepositoryPaths.RepositoryRoot, _folder, review: false, CancellationToken.None);
        var body = """{"action":"getEntry","params":{"branch":"main","path":"input/news/2023-01-15-first.md"}}""";

        foreach (var headers in new[] { "", "X-Portal-Cms-Secret: 0000000000000000000000000000000000000000000000000000000000000000\r\n" })
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(cms.Socket));
            using var stream = new NetworkStream(socket);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(
                $"POST /api/v1 HTTP/1.1\r\nHost: portal-cms-backend\r\n{headers}Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}"));
            var answer = await new StreamReader(stream).ReadToEndAsync();

            Assert.StartsWith("HTTP/1.1 403", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("title", answer, StringComparison.Ordinal);
        }
    }

    [CmsFact]
    public Task A_page_of_another_origin_posting_no_cors_JSON_as_a_blob_writes_nothing_class_1_local_servers() => WithServer(async (server, _) =>
    {
        var api = new Uri(server.Address, PreviewServer.CmsApiPath).ToString();
        await using var elsewhere = await AttackerPage.StartAsync($$"""
            <!DOCTYPE html><html><head><title>waiting</title></head><body><script>
            (async () => {
              const save = {{Json(Save(Attack))}};
              const read = {{Json("""{"action":"getEntry","params":{"branch":"main","path":".git/config"}}""")}};
              for (const body of [new Blob([save]), new Blob([save], {type: 'application/json'}), save, new Blob([read])]) {
                await fetch({{Json(api)}}, {method: 'POST', mode: 'no-cors', body}).catch(() => {});
              }
              document.title = 'sent';
            })();
            </script></body></html>
            """);

        var browser = await Chromium.SharedAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(elsewhere.Address.ToString());
        await page.WaitForFunctionAsync("() => document.title === 'sent'");

        Assert.False(File.Exists(Path.Combine(_folder, Attack)));
    });

    [CmsFact]
    public Task A_page_whose_host_name_is_rebound_to_the_server_gets_421_and_writes_nothing_class_1_local_servers() => WithServer(async (server, _) =>
    {
        // The attacker's page is first served from its own host name; then the name points at 127.0.0.1 and the page's
        // same-origin requests reach the preview server with that name in Host (DNS rebinding). Chromium's own guard
        // against public pages reaching the local network is switched off: other browsers have none, and it is the
        // server's check that is tested.
        var rebound = $"http://rebound.example:{server.Address.Port}/";
        await using var browser = await Chromium.LaunchAsync(
            "--host-resolver-rules=MAP rebound.example 127.0.0.1",
            "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights");
        var page = await browser.NewPageAsync();
        await page.RouteAsync(rebound, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html><head><title>waiting</title></head><body><script>
                fetch('/_portal/cms/api/v1', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: {{Json(Save(Attack))}}})
                  .then(r => { document.title = 'status ' + r.status; }, e => { document.title = 'failed ' + e; });
                </script></body></html>
                """,
        }));
        await page.GotoAsync(rebound);
        await page.WaitForFunctionAsync("() => document.title !== 'waiting'");

        Assert.Equal("status 421", await page.TitleAsync());
        Assert.False(File.Exists(Path.Combine(_folder, Attack)));
    });

    /// <summary><c>portal serve --cms</c> on the copy, and a client that sends every header as the test writes it.</summary>
    private async Task WithServer(Func<PreviewServer, HttpClient, Task> attack)
    {
        using var cms = await DecapServer.StartAsync(RepositoryPaths.RepositoryRoot, _folder, review: false, CancellationToken.None);
        var options = new BuildOptions(Input, RepositoryPaths.RealTheme, Preview: true);
        await using var server = await PreviewServer.StartAsync(options, 0, SecurityHeaders.None, _ => { }, _ => { }, CancellationToken.None, cms);
        using var client = new HttpClient();
        await attack(server, client);
    }

    /// <summary>A request as the editor's own page sends it: its origin, JSON.</summary>
    private static HttpRequestMessage Post(PreviewServer server, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, PreviewServer.CmsApiPath)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        return request;
    }

    private static string Save(string path) =>
        """{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"attack","path":""" + Json(path)
        + ""","raw":"---\ntitle: attack\n---\n"}],"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""";

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static IEnumerable<int> ChildProcesses()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")).Where(File.Exists))
        {
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                continue;
            }

            // pid (comm) state ppid …: the name may hold spaces, so read after its closing parenthesis.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[1] == self)
            {
                yield return int.Parse(text[..text.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The TCP sockets of a process that are listening, from <c>/proc</c>: its socket inodes against the kernel's tables.</summary>
    private static List<string> ListeningTcpSockets(int pid)
    {
        var inodes = Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Select(fd => new FileInfo(fd).LinkTarget ?? "")
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal)).Select(target => target[8..^1]).ToHashSet();
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }.SelectMany(File.ReadLines).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns.Length > 9 && columns[3] == "0A" && inodes.Contains(columns[9]))
            .Select(columns => columns[1]).ToList();
    }

    /// <summary>One page on another port of 127.0.0.1: another origin, as a web page the officer has open would be.</summary>
    private sealed class AttackerPage(WebApplication app, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<AttackerPage> StartAsync(string html)
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            app.Run(context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync(html);
            });
            await app.StartAsync();
            return new AttackerPage(app, new Uri(app.Urls.Single()));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
