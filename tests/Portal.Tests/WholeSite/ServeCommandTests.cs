using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.WholeSite;

/// <summary><c>portal serve</c> from the command line: what cannot start says why, and exits 2.</summary>
[Collection(CliRunner.Collection)]
public sealed class ServeCommandTests
{
    [Fact]
    public void A_port_in_use_is_a_clear_message_and_exit_2()
    {
        using var site = TempSite.Create("basic");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliRunner.Run(site.Root, "serve", "--theme", site.ThemeDirectory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"cannot listen on 127.0.0.1:{port}; another program may be using it: stop it or choose another --port", run.StandardError, StringComparison.Ordinal);
        Assert.Contains($"เปิดพอร์ต {port} ที่ 127.0.0.1 ไม่ได้", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_process_serves_until_it_is_told_to_stop_and_then_exits_0()
    {
        using var site = TempSite.Create("basic");
        using var process = CliRunner.StartProcess(site.Root, "serve", "--theme", site.ThemeDirectory, "--port", "0");
        try
        {
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
            while (line is not null && !line.StartsWith("ดูตัวอย่างได้ที่ ", StringComparison.Ordinal));

            Assert.NotNull(line);
            var address = new Uri(line.Split(' ')[1]);
            Assert.Equal("127.0.0.1", address.Host);
            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(address, "/about/"))).StatusCode);

            using (var terminate = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "serve did not stop on SIGTERM");
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("หยุดแล้ว (stopped)", await process.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void The_web_editor_in_a_repository_without_decap_server_says_where_the_tool_keeps_its_files()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "serve", "--cms", "--theme", site.ThemeDirectory, "--port", "0");

        Assert.True(run.ExitCode == 2, run.ToString());
        var shipped = Path.Combine(AppContext.BaseDirectory, "decap-server");
        Assert.Contains($"copy the folder {shipped} to tools/decap-server, then run npm ci --prefix tools/decap-server", run.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(shipped, "package-lock.json")) && File.Exists(Path.Combine(shipped, "backend.js")), shipped);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "http")]
    [InlineData("--port", "0", "--input", "no-such-folder")]
    public void Bad_options_exit_2(params string[] options)
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, ["serve", "--theme", site.ThemeDirectory, .. options]);

        Assert.True(run.ExitCode == 2, run.ToString());
    }
}
