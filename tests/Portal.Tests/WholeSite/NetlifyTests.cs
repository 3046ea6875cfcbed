using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Features;
using Portal.Output;
using Portal.Serve;
using Tomlyn;
using Tomlyn.Model;

namespace Portal.Tests.WholeSite;

/// <summary>
/// The deploy configuration: <c>netlify.toml</c> read with Tomlyn (contexts, headers, the 404 page), and
/// <c>tools/netlify-build.sh</c> run in each of its branches against a fake, offline SDK.
/// </summary>
public sealed partial class NetlifyTests
{
    private static readonly string ConfigPath = Path.Combine(TestPaths.RepositoryRoot, "netlify.toml");
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(ConfigPath))!;
    private static readonly SecurityHeaders Headers = SecurityHeaders.Load(ConfigPath);

    [Fact]
    public void The_build_runs_the_script_and_publishes_the_output_folder()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("_site", build["publish"]);
        Assert.Equal("bash tools/netlify-build.sh", build["command"]);
    }

    [Fact]
    public void Production_builds_with_the_production_base_url_and_without_drafts_or_the_banner()
    {
        var production = Environment("production");
        var siteYml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "input", "_data", "site.yml"));

        Assert.Equal(BaseUrlLine().Match(siteYml).Groups[1].Value.Trim(), production["PORTAL_BASE_URL"]);
        Assert.StartsWith("https://", production["PORTAL_BASE_URL"], StringComparison.Ordinal);
        Assert.False(production.ContainsKey("PORTAL_PREVIEW"));
        Assert.False(production.ContainsKey("PORTAL_USE_DEPLOY_URL"));
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void Previews_build_at_their_own_address_with_drafts_and_the_banner(string context)
    {
        var environment = Environment(context);

        Assert.Equal("1", environment["PORTAL_USE_DEPLOY_URL"]);
        Assert.Equal("1", environment["PORTAL_PREVIEW"]);
    }

    [Fact]
    public void The_content_security_policy_allows_only_the_sites_own_files_and_nothing_inline()
    {
        var policy = Headers.For("/ita/")["Content-Security-Policy"];
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.All(directives.Values.SelectMany(v => v), source => Assert.Contains(source, new[] { "'self'", "'none'", "data:" }));
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editors_configuration_is_served_as_yaml_as_the_preview_serves_it()
    {
        Assert.Equal(PreviewServer.YamlContentType, Headers.For("/" + Portal.Features.Editor.CmsOutput.ConfigPath)["Content-Type"]);
        Assert.StartsWith("text/yaml;", PreviewServer.YamlContentType, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type", Headers.For("/admin/index.html").Keys);
    }

    [Fact]
    public void Every_response_carries_the_security_headers()
    {
        foreach (var path in new[] { "/", "/ita/results/", "/assets/css/site.0123abcd.css", "/feed.xml" })
        {
            var headers = Headers.For(path);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
            Assert.Contains("camera=()", headers["Permissions-Policy"], StringComparison.Ordinal);
            Assert.Contains("geolocation=()", headers["Permissions-Policy"], StringComparison.Ordinal);
            var hsts = MaxAge().Match(headers["Strict-Transport-Security"]);
            Assert.True(hsts.Success && long.Parse(hsts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 31536000, headers["Strict-Transport-Security"]);
            Assert.Contains("Content-Security-Policy", headers.Keys);
        }
    }

    [Fact]
    public void Text_attachments_are_sent_as_utf_8_and_stay_sandboxed()
    {
        Assert.Equal("text/plain; charset=utf-8", Headers.For("/files/ita/o42-2566.txt")["Content-Type"]);
        Assert.Equal("text/csv; charset=utf-8", Headers.For("/files/budget.csv")["Content-Type"]);
        Assert.Equal("default-src 'none'; sandbox", Headers.For("/files/ita/o42-2566.txt")["Content-Security-Policy"]);
        Assert.False(Headers.For("/files/report.pdf").ContainsKey("Content-Type"));

        // Netlify adds its own header beside one spelt in another case, so the name is written exactly so.
        Assert.DoesNotContain("content-type =", File.ReadAllText(ConfigPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_revalidated_on_every_visit_and_fingerprinted_assets_are_cached_for_a_year()
    {
        Assert.Equal("public, max-age=0, must-revalidate", Headers.For("/news/")["Cache-Control"]);
        Assert.Equal("public, max-age=0, must-revalidate", Headers.For("/")["Cache-Control"]);
        Assert.Equal("public, max-age=31536000, immutable", Headers.For("/assets/js/nav.0123abcd.js")["Cache-Control"]);
    }

    [Fact]
    public void The_real_site_has_a_not_found_page_at_the_root_and_only_fingerprinted_files_under_assets()
    {
        var target = new MemoryTarget();
        var result = new BuildSession(new BuildOptions(Path.Combine(TestPaths.RepositoryRoot, "input"), TestPaths.RealTheme), PortalFeatures.Parts).Build(target);

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.Contains("noindex", Encoding.UTF8.GetString(target.Files["404.html"]), StringComparison.Ordinal);
        var assets = target.Files.Keys.Where(k => k.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Matches(@"\.[0-9a-f]{8,}\.[a-z]+$", a));
    }

    [Fact]
    public void A_preview_build_shows_the_banner_on_every_page_and_a_production_build_on_none()
    {
        using var site = TempSite.Create("basic");
        var preview = new MemoryTarget();
        var production = new MemoryTarget();

        Assert.True(new BuildSession(site.Options() with { Preview = true }, PortalFeatures.Parts).Build(preview).Succeeded);
        Assert.True(new BuildSession(site.Options(), PortalFeatures.Parts).Build(production).Succeeded);

        // /admin/ is the web editor's page, not a page of the site: it has no theme and so no banner.
        var previewPages = preview.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !f.Key.StartsWith(Portal.Features.Editor.CmsOutput.Folder, StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Value)).ToList();
        Assert.All(previewPages, html => Assert.Matches(@"<div class=""app-preview-banner"">\s*<p class=""app-preview-banner__text""><strong class=""app-preview-banner__tag"">ตัวอย่าง \(preview\)</strong>", html));
        Assert.All(production.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.DoesNotContain("app-preview-banner", Encoding.UTF8.GetString(f.Value), StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_SDK_the_script_installs_the_newest_dotnet_10_and_builds_with_it()
    {
        using var netlify = new FakeNetlify(sdk: null);

        var run = netlify.Run(Environment("production"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            $"curl -sSL https://dot.net/v1/dotnet-install.sh -o {netlify.Temp}/dotnet-install.sh",
            $"dotnet-install --channel 10.0 --install-dir {netlify.Home}/.dotnet",
            "installed dotnet run -c Release --project src/Portal.Cli -- build [PORTAL_BASE_URL=https://www.banbuengcity.go.th]",
        ], run.Log);
    }

    [Fact]
    public void With_an_older_SDK_the_script_installs_the_right_one()
    {
        using var netlify = new FakeNetlify(sdk: "8.0.404");

        var run = netlify.Run(Environment("production"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, run.Log.Count);
        Assert.StartsWith("dotnet-install --channel 10.0", run.Log[1], StringComparison.Ordinal);
        Assert.StartsWith("installed dotnet run", run.Log[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Global_json_accepts_every_dotnet_10_sdk_from_the_first_feature_band_on()
    {
        // The SDK picks the newest installed SDK at or above version within its major.minor when rolling forward by
        // feature band, so 10.0.100 admits a distribution's 10.0.1xx as well as Microsoft's 10.0.4xx.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "global.json")));
        var sdk = json.RootElement.GetProperty("sdk");

        Assert.Equal("10.0.100", sdk.GetProperty("version").GetString());
        Assert.Equal("latestFeature", sdk.GetProperty("rollForward").GetString());
    }

    [Theory]
    [InlineData("10.0.402")]
    [InlineData("10.0.105")] // the feature band that Linux distributions ship
    public void With_a_dotnet_10_SDK_in_place_production_builds_at_once_with_the_production_address(string sdk)
    {
        using var netlify = new FakeNetlify(sdk);

        var run = netlify.Run(Environment("production"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["image dotnet run -c Release --project src/Portal.Cli -- build [PORTAL_BASE_URL=https://www.banbuengcity.go.th]"], run.Log);
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void A_preview_builds_with_its_own_address_drafts_and_the_banner(string context)
    {
        using var netlify = new FakeNetlify(sdk: "10.0.402");
        var environment = Environment(context);
        environment["DEPLOY_PRIME_URL"] = "https://deploy-preview-7--banbueng.netlify.app";

        var run = netlify.Run(environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["image dotnet run -c Release --project src/Portal.Cli -- build --base-url https://deploy-preview-7--banbueng.netlify.app --drafts --preview [PORTAL_BASE_URL=]"], run.Log);
    }

    [Fact]
    public void When_the_SDK_cannot_be_downloaded_the_build_fails_without_building()
    {
        using var netlify = new FakeNetlify(sdk: null, offline: true);

        var run = netlify.Run(Environment("production"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(run.Log);
        Assert.StartsWith("curl ", run.Log[0], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(string context) =>
        ((TomlTable)((TomlTable)((TomlTable)Config["context"])[context])["environment"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value!);

    [GeneratedRegex(@"(?m)^base_url:\s*(\S+)")]
    private static partial Regex BaseUrlLine();

    [GeneratedRegex(@"max-age=(\d+)")]
    private static partial Regex MaxAge();

    /// <summary>
    /// A Netlify build image in a temporary folder: the repository's script and global.json, a PATH with only
    /// the tools the script needs, a fake <c>curl</c> that hands out a fake installer, and optionally a fake
    /// <c>dotnet</c> with one SDK. Every fake writes what it was asked to a log; nothing touches the network.
    /// </summary>
    private sealed class FakeNetlify : IDisposable
    {
        private const string DotnetScript = """
            #!/bin/bash
            if [ "$1" = "--list-sdks" ]; then
              [ -n "${FAKE_SDK:-}" ] && echo "$FAKE_SDK [/fake/sdk]"
              exit 0
            fi
            echo "WHERE dotnet $* [PORTAL_BASE_URL=${PORTAL_BASE_URL:-}]" >> "$FAKE_LOG"
            """;

        private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"netlify-{Guid.NewGuid():N}");

        public FakeNetlify(string? sdk, bool offline = false)
        {
            Sdk = sdk;
            var repository = Path.Combine(_root, "repo");
            Directory.CreateDirectory(Path.Combine(repository, "tools"));
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tools", "netlify-build.sh"), Path.Combine(repository, "tools", "netlify-build.sh"));
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "global.json"), Path.Combine(repository, "global.json"));
            Directory.CreateDirectory(Home);
            Directory.CreateDirectory(Temp);
            Directory.CreateDirectory(Bin);
            foreach (var tool in new[] { "bash", "grep", "dirname", "mkdir", "chmod", "cat" })
            {
                File.CreateSymbolicLink(Path.Combine(Bin, tool), FindTool(tool));
            }

            var installedDotnet = DotnetScript.Replace("WHERE", "installed", StringComparison.Ordinal).Replace("$FAKE_SDK", "10.0.400", StringComparison.Ordinal).Replace("${FAKE_SDK:-}", "10.0.400", StringComparison.Ordinal);
            Script("curl", offline ? """
                #!/bin/bash
                echo "curl $*" >> "$FAKE_LOG"
                exit 6
                """ : $$"""
                #!/bin/bash
                echo "curl $*" >> "$FAKE_LOG"
                while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
                cat > "$out" <<'INSTALLER'
                echo "dotnet-install $*" >> "$FAKE_LOG"
                while [ $# -gt 0 ]; do [ "$1" = "--install-dir" ] && dir="$2"; shift; done
                mkdir -p "$dir"
                cat > "$dir/dotnet" <<'DOTNET'
                {{installedDotnet}}
                DOTNET
                chmod +x "$dir/dotnet"
                INSTALLER
                """);
            if (sdk is not null)
            {
                Script("dotnet", DotnetScript.Replace("WHERE", "image", StringComparison.Ordinal));
            }
        }

        public string? Sdk { get; }

        public string Home => Path.Combine(_root, "home");

        public string Temp => Path.Combine(_root, "tmp");

        private string Bin => Path.Combine(_root, "bin");

        private string Log => Path.Combine(_root, "log");

        public sealed record Result(int ExitCode, IReadOnlyList<string> Log, string Output)
        {
            public override string ToString() => $"exit {ExitCode}\n{string.Join('\n', Log)}\n{Output}";
        }

        public Result Run(IReadOnlyDictionary<string, string> environment)
        {
            var start = new ProcessStartInfo(Path.Combine(Bin, "bash"))
            {
                WorkingDirectory = _root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(_root, "repo", "tools", "netlify-build.sh"));
            start.Environment.Clear();
            start.Environment["PATH"] = Bin;
            start.Environment["HOME"] = Home;
            start.Environment["TMPDIR"] = Temp;
            start.Environment["FAKE_LOG"] = Log;
            if (Sdk is not null)
            {
                start.Environment["FAKE_SDK"] = Sdk;
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the build script did not finish");
            process.WaitForExit();
            var log = File.Exists(Log) ? File.ReadAllLines(Log) : [];
            return new Result(process.ExitCode, log, output.Result + errors.Result);
        }

        private void Script(string name, string text)
        {
            var path = Path.Combine(Bin, name);
            File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static string FindTool(string name) =>
            (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
                .Select(folder => Path.Combine(folder, name))
                .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"{name} is not on PATH");

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder must not fail a test.
            }
        }
    }
}
