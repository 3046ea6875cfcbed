using System.Net;
using System.Net.Http.Headers;
using Portal.Content;

namespace Portal.Features.Dashboard;

/// <summary>
/// Reads one coverage.json, from an http(s) URL or a file in the sources file's folder, within <see cref="SourceLimits"/>:
/// a timeout for the whole download, the body read as a stream and dropped at the byte cap, no cookies, a few redirects
/// followed by hand (only to http(s), never from https to http: the handler's own following threw on a <c>file:</c> target). A file must really lie in the folder: links out are refused, as
/// <c>InputTree</c> refuses them in <c>input/</c>.
/// </summary>
internal sealed class CoverageSourceReader : IDisposable
{
    private readonly HttpClient _client;
    private readonly SourceLimits _limits;
    private readonly string _folder;

    public CoverageSourceReader(SourceLimits limits, string sourcesFolder)
    {
        _limits = limits;
        _folder = RealPath.ResolveAllowingMissing(sourcesFolder);
        _client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _limits.TimeoutEach,
            UseProxy = false,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("portal-dashboard", "1"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>The bytes of the source, or why they cannot be had.</summary>
    public async Task<(byte[]? Bytes, SourceProblem? Problem)> Read(string location, CancellationToken cancellation) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? await Download(location, cancellation).ConfigureAwait(false)
            : await ReadFile(location, cancellation).ConfigureAwait(false);

    private async Task<(byte[]?, SourceProblem?)> Download(string url, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_limits.TimeoutEach);
        try
        {
            var address = new Uri(url);
            for (var redirects = 0; ; redirects++)
            {
                using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400)
                {
                    var next = response.Headers.Location is { } location ? new Uri(address, location) : null;
                    if (next is null || redirects == SourceLimits.MaxRedirects || next.Scheme is not ("http" or "https") || (address.Scheme == "https" && next.Scheme == "http"))
                    {
                        return (null, SourceProblem.Unreadable($"ถูกส่งต่อ (HTTP {status}) เกิน {SourceLimits.MaxRedirects} ครั้ง หรือไปยังที่อยู่ที่ไม่ใช่ http(s) หรือจาก https ไป http",
                            $"redirected (HTTP {status}) more than {SourceLimits.MaxRedirects} times, to an address that is not http(s), or from https to http"));
                    }

                    address = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return (null, SourceProblem.Unreadable($"เซิร์ฟเวอร์ตอบ HTTP {status}", $"the server answered HTTP {status}"));
                }

                if (response.Content.Headers.ContentLength > _limits.MaxBytes)
                {
                    return (null, SourceProblem.TooLarge(_limits.MaxBytes));
                }

                await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                return await ReadCapped(body, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var seconds = _limits.TimeoutEach.TotalSeconds;
            return (null, SourceProblem.Unreadable($"อ่านไม่เสร็จภายใน {seconds:0.#} วินาที (--timeout)", $"not read within {seconds:0.#} s (--timeout)"));
        }
        catch (HttpRequestException e)
        {
            return (null, SourceProblem.Unreadable("ติดต่อเซิร์ฟเวอร์ไม่ได้", $"the server cannot be reached: {OneLine(e.Message)}"));
        }
        catch (UriFormatException e)
        {
            return (null, SourceProblem.Unreadable("ที่อยู่ไม่ถูกต้อง", $"the address is not valid: {OneLine(e.Message)}"));
        }
        catch (IOException e)
        {
            return (null, SourceProblem.Unreadable("การเชื่อมต่อขาดระหว่างอ่าน", $"the connection broke while reading: {OneLine(e.Message)}"));
        }
    }

    private async Task<(byte[]?, SourceProblem?)> ReadFile(string relative, CancellationToken cancellation)
    {
        var spelled = Path.GetFullPath(Path.Combine(_folder, relative));
        var real = RealPath.Resolve(spelled);
        if (real.Outcome == RealPath.Outcome.Missing)
        {
            return (null, SourceProblem.Unreadable($"ไม่พบไฟล์ {relative}", $"the file {relative} does not exist"));
        }

        if (real.Outcome == RealPath.Outcome.Loop || !RealPath.IsInside(real.Path, _folder) || !File.Exists(real.Path) || HardLinks.Count(real.Path) > 1)
        {
            return (null, SourceProblem.Unreadable($"ไฟล์ {relative} อยู่นอกโฟลเดอร์ของ sources.yml เป็นลิงก์ออกไปนอกโฟลเดอร์ หรือไม่ใช่ไฟล์ธรรมดา",
                $"the file {relative} is outside the sources file's folder, links out of it, or is not a regular file"));
        }

        try
        {
            await using var stream = new FileStream(real.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            return await ReadCapped(stream, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, SourceProblem.Unreadable($"อ่านไฟล์ {relative} ไม่ได้", $"cannot read the file {relative}: {OneLine(e.Message)}"));
        }
    }

    /// <summary>The stream's bytes, stopped one byte past the cap: a source is never held whole to find it is too large.</summary>
    private async Task<(byte[]?, SourceProblem?)> ReadCapped(Stream stream, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _limits.MaxBytes)
            {
                return (null, SourceProblem.TooLarge(_limits.MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    public void Dispose() => _client.Dispose();
}
