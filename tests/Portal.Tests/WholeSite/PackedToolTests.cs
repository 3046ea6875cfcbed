using System.Diagnostics;
using System.Reflection;
using System.Text;
using Portal.Features;
using Portal.Features.NewSite;
using Portal.Site;
using Portal.Testing;
using Portal.Thai;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The engine as a .NET tool (issue 24, point 2): <c>dotnet pack src/Portal.Cli</c> makes the <c>portal</c> tool, and the
/// installed tool, with nothing but what the package carries (its built-in theme, the PDF reader's child process), builds
/// this repository's <c>input/</c> byte for byte as the engine built from source does with the repository's <c>theme/</c>.
/// </summary>
/// <remarks>
/// About 5 s of processor time and 9–11 s of wall time on a shared two-core machine (user+sys, medians of 3, each step run
/// alone: pack 1.4 s, install 0.4 s, the tool's build of the real site 1.5 s, the same build from source 1.2 s): the pack
/// reuses this test run's build (<c>--no-build</c>), the install reads only a temporary feed. The class runs beside the others.
/// </remarks>
public sealed class PackedToolTests
{
    /// <summary>The package id of src/Portal.Cli/Portal.Cli.csproj.</summary>
    private const string PackageId = "ThaiTransparencyPortal.Tool";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_packed_tool_builds_this_sites_input_byte_for_byte_as_the_engine_from_source()
    {
        var work = Directory.CreateTempSubdirectory("portal-tool-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var site = Path.Combine(work, "site");
            Directory.CreateDirectory(site);
            Pack(work, feed);

            // Only the temporary feed: the install must not reach the network.
            var nugetConfig = Path.Combine(work, "nuget.config");
            File.WriteAllText(nugetConfig, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(work, "tools");
            // A packages folder of its own: an earlier package of the same version in the user's cache must not stand in for this one.
            Run(work, CliRunner.Dotnet, ["tool", "install", PackageId, "--version", PackageVersion, "--tool-path", tools, "--configfile", nugetConfig],
                ("NUGET_PACKAGES", Path.Combine(work, "packages")));

            // Run from a folder with no theme/: the tool's built-in theme alone.
            var toolOutput = Path.Combine(site, "_site");
            var built = Run(site, Path.Combine(tools, OperatingSystem.IsWindows() ? "portal.exe" : "portal"),
                "build", "--input", TestRepository.RealInput, "--output", toolOutput, "--as-of", "2026-12-06");
            Assert.Contains("built ", built, StringComparison.Ordinal);

            var installedTheme = Directory.EnumerateDirectories(Path.Combine(tools, ".store"), "theme", SearchOption.AllDirectories).Single();
            Assert.Equal(TempSite.Snapshot(TestPaths.RealTheme), TempSite.Snapshot(installedTheme));
            Assert.Empty(Unit.BanBuengText.Find(installedTheme));

            var sourceOutput = Path.Combine(work, "source-site");
            var fromSource = SiteBuild.Run(new BuildOptions(TestRepository.RealInput, TestPaths.RealTheme, sourceOutput, AsOf: TempSite.Today), PortalFeatures.Parts);
            Assert.True(fromSource.Succeeded, TempSite.Describe(fromSource.Diagnostics));
            Assert.Equal(TempSite.Snapshot(sourceOutput), TempSite.Snapshot(toolOutput));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void A_site_portal_init_made_restores_the_pinned_tool_from_its_own_packages_folder_and_builds_with_it()
    {
        var work = Directory.CreateTempSubdirectory("portal-tool-site-").FullName;
        try
        {
            var site = Path.Combine(work, "nongphai");
            var answers = new NewSiteAnswers("องค์การบริหารส่วนตำบลหนองไผ่", null, OrganizationKind.Subdistrict, "เพชรบูรณ์", "https://www.nongphai.go.th");
            NewSiteTemplate.Write(site, answers, FiscalYear.Containing(TempSite.Today));
            Pack(work, Path.Combine(site, "tools", "packages"));

            // As the guide says: the .nupkg in tools/packages, found through the site's own nuget.config and tool manifest.
            (string, string) packages = ("NUGET_PACKAGES", Path.Combine(work, "packages"));
            Run(site, CliRunner.Dotnet, ["tool", "restore"], packages);
            var built = Run(site, CliRunner.Dotnet, ["portal", "build", "--as-of", "2026-12-06"], packages);

            Assert.Contains("built ", built, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site, "_site", "ita", "2570", "index.html")), built);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Packs the tool into <paramref name="folder"/>, from this test run's build.</summary>
    private static void Pack(string work, string folder)
    {
        var configuration = typeof(PackedToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Run(work, CliRunner.Dotnet, "pack", Path.Combine(TestRepository.Root, "src", "Portal.Cli", "Portal.Cli.csproj"), "-c", configuration, "--no-build", "--disable-build-servers", "-o", folder, "-nologo");
    }

    /// <summary>The package's version: the assemblies' (Directory.Build.props), without the commit that the informational version may add.</summary>
    private static string PackageVersion =>
        typeof(Cli.PortalApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>Runs a program to its end and returns what it printed; a failure fails the test with its output.</summary>
    private static string Run(string workingDirectory, string program, params string[] arguments) => Run(workingDirectory, program, arguments, []);

    private static string Run(string workingDirectory, string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var result = CliRunner.RunProgram(workingDirectory, program, arguments, Timeout, environment);
        Assert.True(result.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', arguments)}: {result}");
        return result.StandardOutput + result.StandardError;
    }
}
