using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Features.Dashboard;

namespace Portal.Tests.Dashboard;

/// <summary>
/// How one coverage.json is read (<see cref="CoverageSourceReader"/>): from a server of the test's own on 127.0.0.1, which
/// answers each path in one bad way, so no test reaches the outside network; and from files beside sources.yml.
/// </summary>
public sealed class CoverageSourceReaderTests : IDisposable
{
    private static readonly byte[] Json = "{\"year\":2570}"u8.ToArray();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", $"sources-{Guid.NewGuid():N}");
    private readonly TestServer _server = new();

    public CoverageSourceReaderTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_source_is_read_whole_over_http()
    {
        var (bytes, problem) = await Read("/ok");

        Assert.Null(problem);
        Assert.Equal(Json, bytes);
    }

    [Theory]
    [InlineData("/missing", "HTTP 404")]
    [InlineData("/loop", "redirected (HTTP 302)")]
    [InlineData("/to-file", "redirected (HTTP 302)")]
    public async Task An_error_status_a_redirect_loop_or_a_redirect_out_of_http_is_PT109(string path, string reason)
    {
        var (bytes, problem) = await Read(path);

        Assert.Null(bytes);
        Assert.Equal("PT109", problem!.Code.Id);
        Assert.Contains(reason, problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_answers_too_slowly_is_stopped_at_its_timeout()
    {
        var started = DateTime.UtcNow;
        var (_, problem) = await Read("/slow", new SourceLimits(Timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Equal("PT109", problem!.Code.Id);
        Assert.Contains("not read within 0.3 s (--timeout)", problem.EnglishMessage, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the reader waited for the slow server instead of its timeout");
    }

    [Theory]
    [InlineData("/endless")]
    [InlineData("/declared-large")]
    public async Task A_body_over_the_byte_cap_is_stopped_while_streaming_or_refused_by_its_length(string path)
    {
        var (bytes, problem) = await Read(path, new SourceLimits(MaxBytes: 64 * 1024));

        Assert.Null(bytes);
        Assert.Equal("PT109", problem!.Code.Id);
        Assert.Contains("larger than 65,536 bytes", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_PT109()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var reader = new CoverageSourceReader(new SourceLimits(), _folder);

        var (_, problem) = await reader.Read($"http://127.0.0.1:{port}/coverage.json", CancellationToken.None);

        Assert.Equal("PT109", problem!.Code.Id);
    }

    [Fact]
    public async Task A_local_file_is_read_only_inside_the_sources_folder()
    {
        File.WriteAllBytes(Path.Combine(_folder, "inside.json"), Json);
        var outside = Path.Combine(Path.GetTempPath(), "portal-tests", $"outside-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(outside, Json);
        File.CreateSymbolicLink(Path.Combine(_folder, "link.json"), outside);
        using var reader = new CoverageSourceReader(new SourceLimits(), _folder);
        try
        {
            Assert.Equal(Json, (await reader.Read("inside.json", CancellationToken.None)).Bytes);
            foreach (var path in new[] { "link.json", "../" + Path.GetFileName(outside), outside })
            {
                var (bytes, problem) = await reader.Read(path, CancellationToken.None);
                Assert.Null(bytes);
                Assert.Contains("outside the sources file's folder", problem!.EnglishMessage, StringComparison.Ordinal);
            }

            Assert.Contains("does not exist", (await reader.Read("nowhere.json", CancellationToken.None)).Problem!.EnglishMessage, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    private async Task<(byte[]? Bytes, SourceProblem? Problem)> Read(string path, SourceLimits? limits = null)
    {
        using var reader = new CoverageSourceReader(limits ?? new SourceLimits(), _folder);
        return await reader.Read($"{_server.Address}{path}", CancellationToken.None);
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>An HTTP/1.1 server on 127.0.0.1 written on a socket, so each answer can be as broken as a test needs.</summary>
    private sealed class TestServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public TestServer()
        {
            _listener.Start();
            Address = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
            _ = Task.Run(AcceptAsync);
        }

        public string Address { get; }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
                {
                    return;
                }

                _ = Task.Run(() => AnswerAsync(client));
            }
        }

        private async Task AnswerAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    var stream = client.GetStream();
                    var head = new StringBuilder();
                    var buffer = new byte[1];
                    while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, _stop.Token) == 1)
                    {
                        head.Append((char)buffer[0]);
                    }

                    var path = head.ToString().Split(' ')[1];
                    switch (path)
                    {
                        case "/ok":
                            await Write(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Json.Length}\r\nConnection: close\r\n\r\n", Json);
                            break;
                        case "/loop":
                            await Write(stream, "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                            break;
                        case "/to-file":
                            await Write(stream, "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                            break;
                        case "/slow":
                            await Task.Delay(TimeSpan.FromSeconds(30), _stop.Token);
                            break;
                        case "/declared-large":
                            await Write(stream, "HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\nConnection: close\r\n\r\n");
                            break;
                        case "/endless":
                            // No length: the reader must stop at its cap, not wait for an end that never comes.
                            await Write(stream, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
                            var chunk = new byte[8192];
                            while (!_stop.IsCancellationRequested)
                            {
                                await stream.WriteAsync(chunk, _stop.Token);
                            }

                            break;
                        default:
                            await Write(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                            break;
                    }
                }
                catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    // The reader hung up (as it should on a too-large body), or the test ended.
                }
            }
        }

        private async Task Write(NetworkStream stream, string head, byte[]? body = null)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            if (body is not null)
            {
                await stream.WriteAsync(body, _stop.Token);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
