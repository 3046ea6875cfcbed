using System.Diagnostics;
using System.Text;
using Portal.Cli;
using Portal.Commands;
using Spectre.Console;

namespace Portal.Tests.WholeSite;

/// <summary>
/// Runs the <c>portal</c> command from a folder, as staff and CI do: in-process (<see cref="Run"/>, fast), or as
/// the real <c>Portal.Cli.dll</c> in a child process (<see cref="RunProcess"/>, for the few smoke tests that
/// prove the process's own exit code and streams).
/// </summary>
internal static class CliRunner
{
    /// <summary>Tests that run the command in-process change the working directory, so they run apart from all others.</summary>
    public const string Collection = "portal command";

    /// <summary>The working directory belongs to the whole process: in-process runs take turns.</summary>
    private static readonly Lock WorkingDirectoryGate = new();

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public IReadOnlyList<string> ErrorLines => Lines(StandardError);

        public IReadOnlyList<string> OutputLines => Lines(StandardOutput);

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    /// <summary>Runs the command in this process, from <paramref name="workingDirectory"/>, with no terminal (as in CI logs).</summary>
    public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    /// <param name="parts">The parts every command builds with and the commands of their features; null for the Ban Bueng site's.</param>
    public static Result Run(string workingDirectory, BuildParts? parts, params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        int exitCode;
        lock (WorkingDirectoryGate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                exitCode = PortalApp.Run(arguments, new CliConsole(terminal, output, errors), parts);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }

        return new Result(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>
    /// <c>SOURCE_DATE_EPOCH</c> of child processes: 2026-12-06 05:00 UTC, noon of <see cref="TempSite.Today"/> in Bangkok,
    /// so a child process never reads the clock.
    /// </summary>
    public const string TodayEpoch = "1796533200";

    public static Result RunProcess(string workingDirectory, params string[] arguments) => RunProcessAt(TodayEpoch, workingDirectory, arguments);

    /// <param name="sourceDateEpoch">The child's <c>SOURCE_DATE_EPOCH</c> (seconds since 1970 UTC), which dates its build.</param>
    public static Result RunProcessAt(string sourceDateEpoch, string workingDirectory, params string[] arguments) =>
        Finish(StartProcess(sourceDateEpoch, workingDirectory, arguments), $"portal {string.Join(' ', arguments)}", Timeout);

    /// <summary>
    /// Runs another program to its end (<c>dotnet pack</c>, an installed <c>portal</c> tool) in the same environment as
    /// <see cref="RunProcess"/>, plus <paramref name="environment"/>.
    /// </summary>
    public static Result RunProgram(string workingDirectory, string program, IEnumerable<string> arguments, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var listed = arguments.ToList();
        return Finish(Start(program, listed, TodayEpoch, workingDirectory, environment), $"{Path.GetFileName(program)} {string.Join(' ', listed)}", timeout);
    }

    /// <summary>Starts the real <c>Portal.Cli.dll</c> with its streams redirected, for a command that runs until stopped (<c>serve</c>).</summary>
    public static Process StartProcess(string workingDirectory, params string[] arguments) => StartProcess(TodayEpoch, workingDirectory, arguments);

    /// <summary>The <c>dotnet</c> host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Dotnet { get; } = DotnetHost();

    private static Process StartProcess(string sourceDateEpoch, string workingDirectory, string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Portal.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project must reference Portal.Cli");
        return Start(Dotnet, [cli, .. arguments], sourceDateEpoch, workingDirectory, []);
    }

    private static Process Start(string program, IEnumerable<string> arguments, string sourceDateEpoch, string workingDirectory, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("PORTAL_BASE_URL");
        start.Environment["NO_COLOR"] = "1";
        start.Environment[BuildDate.EpochVariable] = sourceDateEpoch;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        // An installed tool's launcher finds the runtime the tests run on.
        if (Path.GetDirectoryName(Dotnet) is { Length: > 0 } root)
        {
            start.Environment["DOTNET_ROOT"] = root;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
    }

    /// <summary>Waits for a started program with nothing on its input; stopped, with its children, after <paramref name="timeout"/>.</summary>
    private static Result Finish(Process process, string description, TimeSpan timeout)
    {
        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{description} did not finish in {timeout}");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
        }
    }

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

/// <summary>In-process runs change the working directory, which no other test may see half-way.</summary>
[CollectionDefinition(CliRunner.Collection, DisableParallelization = true)]
public sealed class RunsCommandsInProcess;
