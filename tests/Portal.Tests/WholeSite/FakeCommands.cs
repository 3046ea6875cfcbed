using System.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// A folder of stand-in commands put first on the PATH of a script under test, so the script's calls to apt-get,
/// sudo, npm or dotnet are recorded or made to fail instead of run.
/// </summary>
internal sealed class FakeCommands : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("portal-commands-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Writes <paramref name="name"/> as a shell script with <paramref name="body"/>.</summary>
    public void Add(string name, string body)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Runs <c>bash script arguments</c> in <paramref name="workingDirectory"/> with these commands first on the PATH.</summary>
    public (int ExitCode, string Output) RunBash(string script, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash", [script, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = $"{Folder}:{Environment.GetEnvironmentVariable("PATH")}";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} went on for more than a minute");
        }

        return (process.ExitCode, output + error.Result);
    }
}
