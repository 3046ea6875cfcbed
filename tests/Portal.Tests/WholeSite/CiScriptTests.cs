namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>.ci/run</c>'s installs, run with stand-in commands on the PATH: as a runner's user they go through sudo, and a
/// failed install ends the run as failed before any test, instead of running the browser tests without their tools.
/// </summary>
public sealed class CiScriptTests : IDisposable
{
    private readonly FakeCommands _commands = new();

    public void Dispose() => _commands.Dispose();

    [Fact]
    public void As_a_runner_user_installs_go_through_sudo_and_a_failed_apt_get_fails_the_run()
    {
        _commands.Add("id", "echo 1001");
        _commands.Add("sudo", $"echo \"$*\" >> {_commands.Folder}/sudo.log; exec \"$@\"");
        _commands.Add("apt-get", "[ \"$1\" = update ] && exit 0; exit 100");

        var (exitCode, output) = RunCiScript();

        Assert.Equal(1, exitCode);
        Assert.Contains(".ci/run: apt-get install chromium fonts-thai-tlwg default-jre-headless failed", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(["apt-get update -q", "env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-thai-tlwg default-jre-headless"],
            File.ReadAllLines(Path.Combine(_commands.Folder, "sudo.log")));
    }

    [Fact]
    public void As_root_installs_run_without_sudo_and_a_failed_npm_ci_fails_the_run()
    {
        _commands.Add("id", "echo 0");
        _commands.Add("sudo", $"echo \"$*\" >> {_commands.Folder}/sudo.log; exec \"$@\"");
        _commands.Add("apt-get", "exit 0");
        _commands.Add("npm", "exit 1");

        var (exitCode, output) = RunCiScript();

        Assert.Equal(1, exitCode);
        Assert.Contains(".ci/run: npm ci --prefix tests/Portal.BrowserTests failed", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_commands.Folder, "sudo.log")));
    }

    private (int ExitCode, string Output) RunCiScript() =>
        _commands.RunBash(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run"), [], TestPaths.RepositoryRoot, new Dictionary<string, string> { ["CI"] = "true" });
}
