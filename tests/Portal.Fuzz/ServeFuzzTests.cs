using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Portal.Serve;
using Portal.Testing;

namespace Portal.Fuzz;

/// <summary>
/// Issue 18, class 13, the preview server's HTTP requests: raw requests with any method, targets with traversal,
/// encodings and Thai, any <c>Host</c>, <c>Origin</c>, <c>Sec-Fetch-Site</c> and <c>Content-Type</c>, and bodies that
/// are the editor's API actions with hostile paths or junk, against <c>portal serve --cms</c> on the fuzz site. The server
/// always answers and keeps answering, never with 5xx for the client's mistake (502 is decap-server failing an action
/// the proxy let through), never with a canary kept beside the input folder, never lets a change through without its own
/// Host, Origin and JSON, and nothing outside the input folder changes. Without decap-server installed (only outside CI)
/// the preview server is fuzzed alone.
/// </summary>
public sealed class ServeFuzzTests
{
    private const string Canary = "canary-9b27d1";

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get"];

    private static readonly string[] TargetPieces =
    [
        "/", "..", ".", "%2e%2e", "%2E%2E%2F", "..%2f", "%252e%252e%252f", "%00", "%ff", "%", "\\", "//", "input/", ".git/config", "secret.txt",
        "_site/", "news/", "case", "index.html", "ข่าว/", "%E0%B8%82", "?", "#", "?x=../", ";", "_portal/", "reload.js", "cms/api/v1", "admin/",
        "files/report.pdf", "~", "%2f", "../../../../etc/passwd", "%20",
    ];

    private static readonly string[] Paths =
    [
        "input/news/case.md", "input/news/fuzz.md", "input/files/fuzz.pdf", "input/news", "input", ".git/config", "secret.txt", "input/../secret.txt",
        "/etc/passwd", "input\\..\\secret.txt", "input/%2e%2e/secret.txt", "input/ข่าว.md", "../secret.txt", "", "input//news/case.md", "input/./x",
    ];

    private static readonly string[] Actions =
    [
        """{"action":"info"}""",
        """{"action":"getEntry","params":{"branch":"main","path":"{p}"}}""",
        """{"action":"getMediaFile","params":{"branch":"main","path":"{p}"}}""",
        """{"action":"entriesByFiles","params":{"branch":"main","files":[{"path":"{p}"}]}}""",
        """{"action":"entriesByFolder","params":{"branch":"main","folder":"{p}","extension":"md","depth":1}}""",
        """{"action":"getMedia","params":{"branch":"main","mediaFolder":"{p}"}}""",
        """{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"s","path":"{p}","raw":"{t}"}],"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""",
        """{"action":"persistEntry","params":{"branch":"main","entry":{"slug":"s","path":"input/news/fuzz.md","raw":"{t}","newPath":"{p}"},"assets":[{"path":"{p}","content":"eA==","encoding":"base64"}],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""",
        """{"action":"persistMedia","params":{"branch":"main","asset":{"path":"{p}","content":"eA==","encoding":"base64"},"options":{"commitMessage":"m"}}}""",
        """{"action":"deleteFile","params":{"branch":"main","path":"{p}","options":{"commitMessage":"m"}}}""",
        """{"action":"deleteFiles","params":{"branch":"main","paths":["{p}"],"options":{"commitMessage":"m"}}}""",
        """{"action":"getEntry","params":{"branch":"main","path":"input/news/case.md","path":"{p}"}}""",
        """{"action":"{t}","params":{"path":"{p}"}}""",
    ];

    [Fact]
    public async Task Preview_server_answers_any_request_without_failing_or_reaching_outside_the_input_folder()
    {
        using var site = FuzzSite.Create();
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), Canary);
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        File.WriteAllText(Path.Combine(site.Root, ".git", "config"), $"[core]\n\tfsmonitor = {Canary}\n");
        var outside = Outside(site);
        var root = TestRepository.Root;
        using var cms = File.Exists(Path.Combine(root, DecapServer.InstallFolder, "backend.js")) && Directory.Exists(Path.Combine(root, DecapServer.InstallFolder, "node_modules"))
            || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? await DecapServer.StartAsync(root, site.Root, review: false, CancellationToken.None)
            : null;
        var options = new BuildOptions(site.Input, Path.Combine(root, "theme"), Preview: true);
        await using var server = await PreviewServer.StartAsync(options, 0, SecurityHeaders.None, _ => { }, _ => { }, CancellationToken.None, cms);
        var port = server.Address.Port;

        var property = Prop.ForAll(Request(port).ToArbitrary(), request =>
        {
            var (status, answer) = Send(port, request.Bytes);
            Assert.True(status is > 0 and < 500 || status == 502 && request.Target.StartsWith(PreviewServer.CmsApiPath, StringComparison.Ordinal),
                $"{status} for {request}");
            Assert.DoesNotContain(Canary, answer, StringComparison.Ordinal);
            Assert.True(request.OwnHost || status >= 400 && !answer.Contains("<html", StringComparison.OrdinalIgnoreCase), $"{status} for another host: {request}");
            if (status is >= 200 and < 300 && !request.Method.Equals("GET", StringComparison.OrdinalIgnoreCase) && !request.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase))
            {
                Assert.True(request.FromOwnPage, $"a change was accepted from another origin: {request}");
            }

            Assert.Equal(200, Send(port, Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")).Status);
        });

        FuzzBudget.Run(property);
        Assert.Equal(outside, Outside(site));
    }

    private sealed record HttpRequest(string Method, string Target, string Headers, string Body, bool OwnHost, bool FromOwnPage)
    {
        public byte[] Bytes => Encoding.UTF8.GetBytes($"{Method} {Target} HTTP/1.1\r\n{Headers}Content-Length: {Encoding.UTF8.GetByteCount(Body)}\r\nConnection: close\r\n\r\n{Body}");

        public override string ToString() => $"{Method} {Target}\n{Headers}\n{Body}";
    }

    private static Gen<HttpRequest> Request(int port)
    {
        var own = $"127.0.0.1:{port}";
        var target = Gen.Frequency(
            (6, Gen.ListOf(Gen.Elements(TargetPieces)).Select(pieces => "/" + string.Concat(pieces))),
            (3, Gen.Elements(TargetPieces).Select(piece => PreviewServer.CmsApiPath + (piece.StartsWith('?') ? piece : ""))),
            (1, Gen.Elements("*", "http://evil.example/", $"http://{own}/../secret.txt", "")));
        var host = Gen.Elements(own, $"localhost:{port}", "evil.example", $"evil.example:{port}", "127.0.0.1", $"127.0.0.1:{port + 1}", "", $"[::1]:{port}", null);
        var origin = Gen.Elements($"http://{own}", $"http://localhost:{port}", "null", "http://evil.example", $"https://{own}", null);
        var site = Gen.Elements("same-origin", "cross-site", "same-site", "none", null);
        var type = Gen.Elements("application/json", "application/json; charset=utf-8", "text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded",
            "application/jsonx", "multipart/form-data; boundary=x", "ข่าว", null);
        var text = HostileInput.MarkdownText.Select(t => System.Text.Json.JsonSerializer.Serialize(t)[1..^1]);
        var api = Gen.Elements(Actions).SelectMany(action => Gen.Elements(Paths).SelectMany(path => text.Select(t =>
            action.Replace("{p}", path.Replace("\\", "\\\\", StringComparison.Ordinal), StringComparison.Ordinal).Replace("{t}", t, StringComparison.Ordinal))));
        var body = Gen.Frequency((5, api), (2, HostileInput.MarkdownText), (1, Gen.Choose(1, 5_000).Select(depth => new string('[', depth))), (1, Gen.Constant("")));
        var anything = Gen.Elements(Methods).SelectMany(method => target.SelectMany(path => host.SelectMany(h => origin.SelectMany(o => site.SelectMany(s => type.SelectMany(t =>
            body.Select(b => new HttpRequest(method, path,
                Header("Host", h) + Header("Origin", o) + Header("Sec-Fetch-Site", s) + Header("Content-Type", t), b, OwnHost: h == own || h == $"localhost:{port}",
                FromOwnPage: (h == own || h == $"localhost:{port}") && (o == $"http://{own}" || o == $"http://localhost:{port}") && s is null or "same-origin"
                    && t is "application/json" or "application/json; charset=utf-8"))))))));

        // As the editor's own page sends them, so that the checks of the body and its paths are reached too.
        var fromEditor = api.Select(b => new HttpRequest("POST", PreviewServer.CmsApiPath,
            Header("Host", own) + Header("Origin", $"http://{own}") + Header("Content-Type", "application/json"), b, OwnHost: true, FromOwnPage: true));
        return Gen.Frequency((2, anything), (1, fromEditor)).Where(r => !r.Target.Contains("events", StringComparison.Ordinal));
    }

    private static string Header(string name, string? value) => value is null ? "" : $"{name}: {value}\r\n";

    /// <summary>The status and the whole answer; a server that does not answer within 10 s has hung.</summary>
    private static (int Status, string Answer) Send(int port, byte[] request)
    {
        using var client = new TcpClient { ReceiveTimeout = 10_000, SendTimeout = 10_000 };
        client.Connect(IPAddress.Loopback, port);
        var stream = client.GetStream();
        try
        {
            stream.Write(request);
        }
        catch (IOException)
        {
            // The server may answer (400, 413) and close before reading the whole request.
        }

        using var answer = new MemoryStream();
        try
        {
            stream.CopyTo(answer);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset })
        {
            // A reset after the answer: what was read is the answer.
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        return (text.Length >= 12 && text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text[9..12], CultureInfo.InvariantCulture) : 0, text);
    }

    /// <summary>Every file beside the input folder, as path → SHA-256.</summary>
    private static SortedDictionary<string, string> Outside(FuzzSite site)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(site.Input + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            files[Path.GetRelativePath(site.Root, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }
}
