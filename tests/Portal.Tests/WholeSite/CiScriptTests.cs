using System.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>.ci/run</c>'s installs, run with stand-in commands on the PATH: as a runner's user they go through sudo, and a
/// failed install ends the run as failed before any test, instead of running the browser tests without their tools.
/// </summary>
public sealed class CiScriptTests : IDisposable
{
    private readonly string _commands = Directory.CreateTempSubdirectory("portal-ci-").FullName;

    public void Dispose() => Directory.Delete(_commands, recursive: true);

    [Fact]
    public void As_a_runner_user_installs_go_through_sudo_and_a_failed_apt_get_fails_the_run()
    {
        Command("id", "echo 1001");
        Command("sudo", $"echo \"$*\" >> {_commands}/sudo.log; exec \"$@\"");
        Command("apt-get", "[ \"$1\" = update ] && exit 0; exit 100");

        var (exitCode, output) = RunCiScript();

        Assert.Equal(1, exitCode);
        Assert.Contains(".ci/run: apt-get install chromium fonts-thai-tlwg default-jre-headless failed", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(["apt-get update -q", "env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-thai-tlwg default-jre-headless"],
            File.ReadAllLines(Path.Combine(_commands, "sudo.log")));
    }

    [Fact]
    public void As_root_installs_run_without_sudo_and_a_failed_npm_ci_fails_the_run()
    {
        Command("id", "echo 0");
        Command("sudo", $"echo \"$*\" >> {_commands}/sudo.log; exec \"$@\"");
        Command("apt-get", "exit 0");
        Command("npm", "exit 1");

        var (exitCode, output) = RunCiScript();

        Assert.Equal(1, exitCode);
        Assert.Contains(".ci/run: npm ci --prefix tests/Portal.BrowserTests failed", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_commands, "sudo.log")));
    }

    private void Command(string name, string body)
    {
        var path = Path.Combine(_commands, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private (int ExitCode, string Output) RunCiScript()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, ".ci", "run")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CI"] = "true";
        start.Environment["PATH"] = $"{_commands}:{Environment.GetEnvironmentVariable("PATH")}";
        using var script = Process.Start(start)!;
        var error = script.StandardError.ReadToEndAsync();
        var output = script.StandardOutput.ReadToEnd();
        if (!script.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            script.Kill(entireProcessTree: true);
            throw new TimeoutException(".ci/run went on past its installs");
        }

        return (script.ExitCode, output + error.Result);
    }
}
