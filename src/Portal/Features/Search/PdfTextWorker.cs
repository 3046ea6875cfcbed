using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Portal.PdfWorker;

namespace Portal.Features.Search;

/// <summary>
/// One child process (Portal.PdfWorker) that reads PDFs for the build, one at a time. A hostile PDF can
/// overflow PdfPig's stack (a <c>/Contents</c> that refers to itself), which no .NET process survives, or make it
/// allocate gigabytes (millions of operators, a compressed stream that inflates a thousandfold): in the child,
/// the stack overflow ends only the child, its heap is capped at <see cref="HeapLimitBytes"/>, and a file that
/// takes longer than <see cref="TimeLimit"/> is abandoned. The file it was reading is then unreadable (PT050),
/// and the next file starts a new child.
/// </summary>
internal sealed class PdfTextWorker : IDisposable
{
    /// <summary>Far more than the first pages of a real PDF need (PdfPig reads the file from disk as it goes).</summary>
    public const long HeapLimitBytes = 512L * 1024 * 1024;

    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private static readonly string WorkerPath = typeof(PdfPages).Assembly.Location;

    private Process? _process;
    private string? _firstErrorLine;

    /// <summary>The child's process id while it runs, else null.</summary>
    public int? ProcessId => _process?.Id;

    public PdfReading Read(string path)
    {
        var process = _process ??= Start();
        string? answer;
        using (var timeout = new CancellationTokenSource(TimeLimit))
        {
            try
            {
                process.StandardInput.WriteLine(JsonSerializer.Serialize(path));
                answer = process.StandardOutput.ReadLineAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                Stop();
                return Failed($"reading it took longer than {TimeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            }
            catch (IOException)
            {
                // The child ended while being asked: what it wrote to its error stream says why.
                answer = null;
            }
        }

        if (answer is null)
        {
            return Stopped("the PDF reader stopped");
        }

        try
        {
            return JsonSerializer.Deserialize<PdfReading>(answer) ?? Failed("the PDF reader gave no answer");
        }
        catch (JsonException)
        {
            // Cut off as the child died while writing it.
            return Stopped("the PDF reader stopped while answering");
        }
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            // Closing its input ends the child's loop; it has nothing else to finish (and if it has ended, nothing to close).
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
            }

            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            _process = null;
        }
    }

    private static PdfReading Failed(string problem) => new("", 0, problem);

    /// <summary>Ends the child, and says why it failed: the first line it wrote to its error stream, else its exit code.</summary>
    private PdfReading Stopped(string what)
    {
        var exitCode = Stop();
        return Failed($"{what}: {Volatile.Read(ref _firstErrorLine) ?? $"exit code {exitCode}"}");
    }

    private Process Start()
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(WorkerPath);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        // A tracer's port (dotnet-trace) would make the child wait for a tracer that never attaches.
        start.Environment.Remove("DOTNET_DiagnosticPorts");
        _firstErrorLine = null;
        var process = new Process { StartInfo = start };

        // A stack overflow prints thousands of frames: only the first line, which names the failure, is kept.
        process.ErrorDataReceived += (_, e) => Interlocked.CompareExchange(ref _firstErrorLine, e.Data is { Length: > 0 } line ? line[..Math.Min(line.Length, 200)] : null, null);
        process.Start();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Ends the child (killing it if it still runs) and gives its exit code.</summary>
    private int Stop()
    {
        var process = _process!;
        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        // Waits for the error stream too, so the first line is in.
        process.WaitForExit();
        var exitCode = process.ExitCode;
        process.Dispose();
        return exitCode;
    }

    /// <summary>The <c>dotnet</c> host of the running runtime: <c>&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c> is three levels below it.</summary>
    private static string DotnetHost() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
}
