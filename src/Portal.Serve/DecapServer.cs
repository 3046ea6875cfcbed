using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Serve;

/// <summary>
/// Decap CMS's local backend (npm <c>decap-server</c>, installed in <c>tools/decap-server/</c>), started for
/// <c>portal serve --cms</c> on 127.0.0.1 and a free port, writing into the repository that holds the input folder
/// (<c>GIT_REPO_DIRECTORY</c>), so the files it saves land in <c>input/news/</c> and so on. The preview server forwards
/// <c>/_portal/cms/api/v1</c> to it, so <c>/admin/</c> reaches it on its own origin. Disposing stops it.
/// It writes files as they are saved; with <c>review</c> it keeps each save on a git branch of its own
/// (<c>cms/&lt;collection&gt;/&lt;slug&gt;</c>, checked out in turn) until it is published, as the live site's pull requests do.
/// </summary>
public sealed class DecapServer : IDisposable
{
    public const string InstallFolder = "tools/decap-server";
    private const string Script = "node_modules/decap-server/dist/index.js";

    private readonly Process _process;

    private DecapServer(Process process, Uri api)
    {
        _process = process;
        Api = api;
    }

    /// <summary>Its API, as <c>http://127.0.0.1:40123/api/v1</c>.</summary>
    public Uri Api { get; }

    /// <param name="repositoryRoot">Where <c>tools/decap-server/</c> is installed.</param>
    /// <param name="contentRepository">The folder Decap's paths start from: the input folder's parent.</param>
    /// <param name="review">Git branches and the review workflow instead of plain files; <paramref name="contentRepository"/> must be a git repository.</param>
    public static async Task<DecapServer> StartAsync(string repositoryRoot, string contentRepository, bool review, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repositoryRoot, InstallFolder, Script);
        if (!File.Exists(script))
        {
            throw new BuildConfigurationException(
                $"ยังไม่ได้ติดตั้ง decap-server: รัน npm ci --prefix {InstallFolder} ที่โฟลเดอร์หลักของโครงการก่อน (ต้องมี Node.js)",
                $"decap-server is not installed: run npm ci --prefix {InstallFolder} in the repository root first (needs Node.js)");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = contentRepository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["BIND_HOST"] = IPAddress.Loopback.ToString();
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
            throw new BuildConfigurationException($"เริ่ม decap-server ไม่ได้ เพราะไม่พบ node (ติดตั้ง Node.js ก่อน): {e.Message}",
                $"cannot start decap-server: node was not found (install Node.js): {e.Message}");
        }

        // Its output is read so a full pipe never blocks it; a warning it prints is of no use to the officer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DecapServer(process, new Uri($"http://127.0.0.1:{port}/api/v1"));
        try
        {
            await server.WaitUntilListeningAsync(port, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    private async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                break;
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new BuildConfigurationException($"decap-server ไม่เริ่มทำงานที่ 127.0.0.1:{port}", $"decap-server did not start listening on 127.0.0.1:{port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
