using System.Diagnostics;
using System.Text;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Runs the real <c>portal</c> command (<c>Portal.Cli.dll</c>, built next to the test assembly) in a child
/// process with <c>dotnet</c>, so exit codes, stdout and stderr are exactly what staff and CI see.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public IReadOnlyList<string> ErrorLines => Lines(StandardError);

        public IReadOnlyList<string> OutputLines => Lines(StandardOutput);

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Portal.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project must reference Portal.Cli");

        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("PORTAL_BASE_URL");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"portal {string.Join(' ', arguments)} did not finish in {Timeout}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    /// <summary>The <c>dotnet</c> host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return "dotnet";
    }
}
