using System.Diagnostics;
using Portal.Cli;
using Portal.Commands;
using Portal.Serve;
using Portal.Testing;
using Portal.Tests.WholeSite;
using Spectre.Console;
using Tomlyn;
using Tomlyn.Model;

namespace Portal.Tests.NewSite;

/// <summary>
/// How a site made by <c>portal init</c> is deployed: its <c>netlify.toml</c> sends the same security headers as this
/// repository's, builds at the address given, and its build script restores the pinned tool and runs
/// <c>dotnet portal build</c> (run here against a fake <c>dotnet</c>, offline; installing the SDK is the same code as this
/// repository's script, which NetlifyTests runs in every branch).
/// </summary>
public sealed class NewSiteDeployTests : IDisposable
{
    private const string Address = "https://www.nongphai.example.go.th";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"init-deploy-{Guid.NewGuid():N}");

    public NewSiteDeployTests()
    {
        using var errors = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });
        var exitCode = PortalApp.Run(["init", Site, "--name", "หน่วยงานทดสอบหนองไผ่", "--kind", "subdistrict", "--province", "น่าน", "--url", Address],
            new CliConsole(terminal, TextWriter.Null, errors));
        Assert.True(exitCode == 0, errors.ToString());
    }

    private string Site => Path.Combine(_root, "site");

    private TomlTable Config => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Site, "netlify.toml")))!;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("/")]
    [InlineData("/ita/2570/o1/")]
    [InlineData("/files/report.pdf")]
    [InlineData("/files/notes.txt")]
    [InlineData("/assets/css/site.0123abcd.css")]
    [InlineData("/admin/")]
    [InlineData("/admin/config.yml")]
    public void Every_path_gets_the_same_headers_as_this_repositorys_site(string path)
    {
        var expected = SecurityHeaders.Load(TestRepository.NetlifyToml).For(path);

        var actual = SecurityHeaders.Load(Path.Combine(Site, "netlify.toml")).For(path);

        Assert.Equal(expected.OrderBy(h => h.Key, StringComparer.Ordinal), actual.OrderBy(h => h.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Production_builds_at_the_address_given_and_publishes_the_output_folder()
    {
        var build = (TomlTable)Config["build"];
        var production = (TomlTable)((TomlTable)((TomlTable)Config["context"])["production"])["environment"];

        Assert.Equal("_site", build["publish"]);
        Assert.Equal("bash tools/netlify-build.sh", build["command"]);
        Assert.Equal(Address, production["PORTAL_BASE_URL"]);
    }

    [Theory]
    [InlineData("production", "dotnet portal build [PORTAL_BASE_URL=" + Address + "]")]
    [InlineData("deploy-preview", "dotnet portal build --base-url https://deploy-preview-3--nongphai.netlify.app --drafts --preview [PORTAL_BASE_URL=]")]
    public async Task The_build_script_restores_the_pinned_tool_then_builds_with_it(string context, string build)
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "bash", "grep", "dirname" })
        {
            File.CreateSymbolicLink(Path.Combine(bin, tool), FindTool(tool));
        }

        var dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, """
            #!/bin/bash
            if [ "$1" = "--list-sdks" ]; then echo "10.0.100 [/fake/sdk]"; exit 0; fi
            echo "dotnet $* [PORTAL_BASE_URL=${PORTAL_BASE_URL:-}]" >> "$FAKE_LOG"
            """.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var log = Path.Combine(_root, "log");
        var start = new ProcessStartInfo(Path.Combine(bin, "bash"), [Path.Combine(Site, "tools", "netlify-build.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = bin;
        start.Environment["FAKE_LOG"] = log;
        foreach (var (name, value) in (TomlTable)((TomlTable)((TomlTable)Config["context"])[context])["environment"])
        {
            start.Environment[name] = (string)value!;
        }

        start.Environment["DEPLOY_PRIME_URL"] = "https://deploy-preview-3--nongphai.netlify.app";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the build script did not finish");
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, await output + await errors);
        Assert.Equal([$"dotnet tool restore [PORTAL_BASE_URL={(context == "production" ? Address : "")}]", build], File.ReadAllLines(log));
    }

    private static string FindTool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"{name} is not on PATH");
}
