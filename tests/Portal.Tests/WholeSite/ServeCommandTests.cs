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
