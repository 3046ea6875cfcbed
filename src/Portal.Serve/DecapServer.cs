using System.Diagnostics;
using System.IO.Pipes;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Serve;

/// <summary>
/// Decap CMS's local backend (npm <c>decap-server</c>, installed in <c>tools/decap-server/</c>), started for
/// <c>portal serve --cms</c> and writing into the repository that holds the input folder (<c>GIT_REPO_DIRECTORY</c>),
/// so the files it saves land in <c>input/news/</c> and so on. The preview server forwards <c>/_portal/cms/api/v1</c>
/// to it (<see cref="CmsApiProxy"/>), so <c>/admin/</c> reaches it on its own origin. Disposing stops it.
/// It writes files as they are saved; with <c>review</c> it keeps each save on a git branch of its own
/// (<c>cms/&lt;collection&gt;/&lt;slug&gt;</c>, checked out in turn) until it is published, as the live site's pull requests do.
/// <para>
/// Nothing but the proxy can reach it: <c>tools/decap-server/backend.js</c> listens on a Unix domain socket (a named
/// pipe on Windows) in a fresh folder only this user can open, never on a TCP port a web page could find, and answers
/// only requests that carry this run's random secret, which only this process knows.
/// </para>
/// </summary>
public sealed class DecapServer : IDisposable
{
    public const string InstallFolder = "tools/decap-server";
    private const string Launcher = "backend.js";
    private const string Package = "node_modules/decap-server/dist/middlewares.js";

    /// <summary>The Host and header <c>backend.js</c> requires; the secret is new for every start.</summary>
    private const string BackendHost = "portal-cms-backend";
    private const string SecretHeader = "X-Portal-Cms-Secret";

    private readonly Process _process;
    private readonly string _folder;
    private readonly string _secret;
    private readonly HttpClient _client;

    private DecapServer(Process process, string contentRepository, string folder, string socket, string secret)
    {
        _process = process;
        ContentRepository = contentRepository;
        _folder = folder;
        Socket = socket;
        _secret = secret;
        _client = new HttpClient(new SocketsHttpHandler { ConnectCallback = (_, cancellationToken) => Connect(socket, cancellationToken), UseProxy = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The folder Decap's paths start from: the input folder's parent.</summary>
    public string ContentRepository { get; }

    /// <summary>Each save is a git branch of its own, as on the live site (<c>--cms-review</c>).</summary>
    public bool Review { get; private init; }

    /// <summary>Where the backend listens: a socket file in a private folder, or a pipe name on Windows.</summary>
    internal string Socket { get; }

    /// <param name="repositoryRoot">Where <c>tools/decap-server/</c> is installed.</param>
    /// <param name="contentRepository">The folder Decap's paths start from: the input folder's parent.</param>
    /// <param name="review">Git branches and the review workflow instead of plain files; <paramref name="contentRepository"/> must be a git repository.</param>
    public static async Task<DecapServer> StartAsync(string repositoryRoot, string contentRepository, bool review, CancellationToken cancellationToken)
    {
        var install = Path.Combine(repositoryRoot, InstallFolder);
        if (!File.Exists(Path.Combine(install, "package.json")))
        {
            // A site built with the `portal` tool: the tool carries the folder's files but cannot install Node packages into itself.
            var shipped = Path.Combine(AppContext.BaseDirectory, "decap-server");
            throw new BuildConfigurationException(
                $"โครงการนี้ยังไม่มีโฟลเดอร์ {InstallFolder}: คัดลอกโฟลเดอร์ {shipped} มาไว้ที่ {InstallFolder} แล้วรัน npm ci --prefix {InstallFolder} (ต้องมี Node.js)",
                $"this repository has no {InstallFolder} folder: copy the folder {shipped} to {InstallFolder}, then run npm ci --prefix {InstallFolder} (needs Node.js)");
        }

        if (!File.Exists(Path.Combine(install, Package)))
        {
            throw new BuildConfigurationException(
                $"ยังไม่ได้ติดตั้ง decap-server: รัน npm ci --prefix {InstallFolder} ที่โฟลเดอร์หลักของโครงการก่อน (ต้องมี Node.js)",
                $"decap-server is not installed: run npm ci --prefix {InstallFolder} in the repository root first (needs Node.js)");
        }

        // CreateTempSubdirectory makes the folder with mode 0700 on Unix: no other user can reach the socket in it.
        var folder = Directory.CreateTempSubdirectory("portal-cms-").FullName;
        var socket = OperatingSystem.IsWindows() ? $@"\\.\pipe\{Path.GetFileName(folder)}" : Path.Combine(folder, "backend.sock");
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var start = new ProcessStartInfo("node", [Path.Combine(install, Launcher)])
        {
            WorkingDirectory = contentRepository,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORTAL_CMS_SOCKET"] = socket;
        start.Environment["PORTAL_CMS_SECRET"] = secret;
        start.Environment["GIT_REPO_DIRECTORY"] = contentRepository;
        start.Environment["MODE"] = review ? "git" : "fs";
        start.Environment["LOG_LEVEL"] = "warn";

        // decap-server reads file names from git's output: without this, git writes a Thai name as octal escapes and the
        // saved entry cannot be found again.
        start.Environment["GIT_CONFIG_COUNT"] = "1";
        start.Environment["GIT_CONFIG_KEY_0"] = "core.quotepath";
        start.Environment["GIT_CONFIG_VALUE_0"] = "false";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Directory.Delete(folder, recursive: true);
            throw new BuildConfigurationException($"เริ่ม decap-server ไม่ได้ เพราะไม่พบ node (ติดตั้ง Node.js ก่อน): {e.Message}",
                $"cannot start decap-server: node was not found (install Node.js): {e.Message}");
        }

        var server = new DecapServer(process, Path.GetFullPath(contentRepository), folder, socket, secret) { Review = review };
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>One API call (a JSON body the proxy has checked), with the secret; the caller disposes the response.</summary>
    internal Task<HttpResponseMessage> SendAsync(byte[] json, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://{BackendHost}/api/v1") { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SecretHeader, _secret);
        return _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private static async ValueTask<Stream> Connect(string socket, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            var pipe = new NamedPipeClientStream(".", socket[@"\\.\pipe\".Length..], PipeDirection.InOut, PipeOptions.Asynchronous);
            await pipe.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return pipe;
        }

        var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(connection, ownsSocket: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Until <c>backend.js</c> says it listens; the last lines it printed on its error stream explain a start that failed.</summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var errors = new Queue<string>();
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                if (e.Data is { } line && errors.Count < 10)
                {
                    errors.Enqueue(line);
                }
            }
        };
        _process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        string? first;
        try
        {
            first = await _process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            first = null;
        }

        if (first == "ready")
        {
            // Its later output is read so a full pipe never blocks it; a warning it prints is of no use to the officer.
            _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            return;
        }

        if (_process.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            _process.WaitForExit();
        }

        string said;
        lock (errors)
        {
            said = string.Join(" ", errors);
        }

        throw new BuildConfigurationException($"decap-server ไม่เริ่มทำงาน {said}".TrimEnd(), $"decap-server did not start {said}".TrimEnd());
    }

    public void Dispose()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
