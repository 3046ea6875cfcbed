namespace Portal.Tests.WholeSite;

/// <summary>
/// The <c>portal</c> script at the repository root: it runs the CLI from source with the caller's arguments and working
/// folder, and says when its first run will compile, instead of a minute of silence.
/// </summary>
public sealed class PortalScriptTests : IDisposable
{
    private readonly FakeCommands _commands = new();
    private readonly string _repository = Directory.CreateTempSubdirectory("portal-repository-").FullName;
    private readonly string _site = Directory.CreateTempSubdirectory("portal-site-").FullName;

    public PortalScriptTests()
    {
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "portal"), Path.Combine(_repository, "portal"));
        _commands.Add("dotnet", $"echo \"$PWD|$*\" >> {_commands.Folder}/dotnet.log");
    }

    public void Dispose()
    {
        _commands.Dispose();
        Directory.Delete(_repository, recursive: true);
        Directory.Delete(_site, recursive: true);
    }

    [Fact]
    public void It_runs_the_cli_from_source_with_the_callers_arguments_and_folder()
    {
        var (exitCode, _) = _commands.RunBash(Path.Combine(_repository, "portal"), ["new", "news", "ข่าว ใหม่.md"], _site);

        Assert.Equal(0, exitCode);
        Assert.Equal([$"{_site}|run -c Release --project {_repository}/src/Portal.Cli -- new news ข่าว ใหม่.md"],
            File.ReadAllLines(Path.Combine(_commands.Folder, "dotnet.log")));
    }

    [Fact]
    public void Only_the_first_run_says_that_it_compiles()
    {
        var (_, first) = _commands.RunBash(Path.Combine(_repository, "portal"), ["build"], _site);
        Directory.CreateDirectory(Path.Combine(_repository, "src", "Portal.Cli", "bin", "Release"));
        var (_, second) = _commands.RunBash(Path.Combine(_repository, "portal"), ["build"], _site);

        Assert.Contains("คอมไพล์โปรแกรมครั้งแรก ใช้เวลาราว 1 นาที (first run: compiling the program, about a minute)", first, StringComparison.Ordinal);
        Assert.DoesNotContain("first run", second, StringComparison.Ordinal);
    }

    [Fact]
    public void The_windows_script_runs_the_same_command()
    {
        var windows = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "portal.cmd"));

        Assert.Contains("dotnet run -c Release --project \"%~dp0src\\Portal.Cli\" -- %*\r\n", windows, StringComparison.Ordinal);
        Assert.Contains("if not exist \"%~dp0src\\Portal.Cli\\bin\\Release\" echo portal: คอมไพล์โปรแกรมครั้งแรก", windows, StringComparison.Ordinal);
    }
}
