using System.Net.Sockets;
using System.Text;
using Portal.Serve;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Issue 18, class 1 (the local servers): <c>portal serve</c> answers only requests that name it in <c>Host</c>, so a page
/// whose host name was rebound to 127.0.0.1 gets nothing, and refuses every request that may change something unless it
/// comes from its own pages. Sent as raw HTTP, as curl would, so every header is exactly as written.
/// </summary>
public sealed class ServeHostTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("")]
    public async Task A_foreign_or_rebound_Host_gets_421_and_no_page_class_1_local_servers(string host)
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        var port = server.Address.Port;

        var answer = await Raw(port, $"GET /about/structure/ HTTP/1.1\r\nHost: {host.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 421", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_without_Host_gets_421_class_1_local_servers()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);

        var answer = await Raw(server.Address.Port, "GET / HTTP/1.0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 421", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    public async Task The_servers_own_names_are_answered(string host)
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        var port = server.Address.Port;

        var answer = await Raw(port, $"GET /about/structure/ HTTP/1.1\r\nHost: {host.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("POST", "Origin: http://evil.example\r\n")]
    [InlineData("POST", "Origin: null\r\n")]
    [InlineData("PUT", "Origin: http://127.0.0.1:1\r\n")]
    [InlineData("DELETE", "Origin: https://127.0.0.1:{port}\r\n")]
    [InlineData("PATCH", "Origin: http://127.0.0.1:{port}\r\nSec-Fetch-Site: cross-site\r\n")]
    [InlineData("POST", "Origin: http://127.0.0.1:{port}\r\nSec-Fetch-Site: same-site\r\n")]
    public async Task A_request_that_may_change_something_from_another_origin_or_none_gets_403_class_1_local_servers(string method, string headers)
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        var port = server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answer = await Raw(server.Address.Port,
            $"{method} /_portal/cms/api/v1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers.Replace("{port}", port, StringComparison.Ordinal)}Content-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n{{\"action\":\"info\"}}");

        Assert.StartsWith("HTTP/1.1 403", answer, StringComparison.Ordinal);
    }

    private static Task<PreviewServer> Start(TempSite site) =>
        PreviewServer.StartAsync(site.Options(), port: 0, SecurityHeaders.None, _ => { }, e => Assert.Fail(e.ToString()), CancellationToken.None);

    /// <summary>Sends <paramref name="request"/> as written and reads the whole answer.</summary>
    internal static async Task<string> Raw(int port, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
