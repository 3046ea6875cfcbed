using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Serve;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>portal serve</c>: a free port on 127.0.0.1, pages from memory with the headers of netlify.toml and the
/// reload script, a reload event after a save with only the touched pages rendered again, the last good page
/// and an error event after a bad save, and a clean stop.
/// </summary>
public sealed class ServeTests
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_saved_page_sends_a_reload_and_is_served_changed_while_an_unrelated_page_is_not_rendered_again()
    {
        using var site = TempSite.Create("basic");
        var renderedSinceStart = new HashSet<string>();
        PreviewServer? started = null;
        var server = started = await Start(site, _ =>
        {
            lock (renderedSinceStart)
            {
                if (started is not null)
                {
                    renderedSinceStart.UnionWith(started.Session.RenderedUrls);
                }
            }
        });
        int port;
        await using (server)
        {
            port = server.Address.Port;
            using var client = new HttpClient { BaseAddress = server.Address };
            var before = await client.GetAsync(new Uri("/about/structure/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Contains("default-src 'none'", string.Join(' ', before.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            var html = await before.Content.ReadAsStringAsync();
            Assert.Contains("<script src=\"/_portal/reload.js\" defer></script></head>", html, StringComparison.Ordinal);

            using var events = await EventStream.Open(client);
            Assert.Equal(("status", "{\"errors\":[]}"), await events.Next());

            Save(site, "about/structure.md", "\nย่อหน้าที่เพิ่งบันทึก\n");

            // A save can reach the watcher in two bursts (the file emptied, then written): each build sends a reload.
            await events.Until("reload", async () => (await client.GetStringAsync(new Uri("/about/structure/", UriKind.Relative))).Contains("ย่อหน้าที่เพิ่งบันทึก", StringComparison.Ordinal));
            lock (renderedSinceStart)
            {
                Assert.Contains("/about/structure/", renderedSinceStart);
                Assert.DoesNotContain("/ita/results/", renderedSinceStart);
            }
        }

        // Stopped cleanly: nothing listens on the port any more. A connection is refused, where binding the port
        // again could fail for reasons of other tests (an outgoing connection of theirs may take it as its own port).
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task A_save_with_an_error_sends_the_error_for_the_overlay_and_the_last_good_page_stays_served()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };
        var good = await client.GetStringAsync(new Uri("/about/history/", UriKind.Relative));
        using var events = await EventStream.Open(client);
        await events.Next();

        File.WriteAllText(Path.Combine(site.InputDirectory, "about", "history.md"), "---\ntitel: ผิด\n---\nข้อความใหม่\n");
        var data = await events.Until("status", d => Task.FromResult(d.Contains("PT003", StringComparison.Ordinal)));

        Assert.Contains("about/history.md:2:1", data, StringComparison.Ordinal);
        Assert.Equal(good, await client.GetStringAsync(new Uri("/about/history/", UriKind.Relative)));
    }

    [Fact]
    public async Task Saves_during_rebuilds_end_with_the_newest_content_and_every_response_is_a_whole_page()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };
        var page = new Uri("/about/history/", UriKind.Relative);
        var path = Path.Combine(site.InputDirectory, "about", "history.md");
        var original = File.ReadAllText(path);
        using var stop = new CancellationTokenSource();
        var responses = new List<string>();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                responses.Add(await client.GetStringAsync(page));
            }
        });

        for (var version = 1; version <= 20; version++)
        {
            File.WriteAllText(path, original + $"\nฉบับที่ {version:00}\n");
            await Task.Delay(version % 3 == 0 ? 40 : 5);
        }

        var deadline = DateTime.UtcNow + EventTimeout;
        while (!(await client.GetStringAsync(page)).Contains("ฉบับที่ 20", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the last save never reached the served page");
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await reader;
        Assert.NotEmpty(responses);
        Assert.All(responses, r => Assert.EndsWith("</html>", r.TrimEnd(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reload_script_is_served_by_the_server_and_never_written_into_the_built_site()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };

        var script = await client.GetAsync(new Uri("/_portal/reload.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var built = site.Build();
        Assert.True(built.Result.Succeeded);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("/_portal/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_attachment_is_served_as_utf_8_so_thai_reads_correctly()
    {
        using var site = TempSite.Create("oit");
        await using var server = await Start(site);
        using var client = new HttpClient { BaseAddress = server.Address };

        var text = await client.GetAsync(new Uri("/files/procurement-2022-10.txt", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(("text/plain", "utf-8"), (text.Content.Headers.ContentType?.MediaType, text.Content.Headers.ContentType?.CharSet));
        Assert.Equal(File.ReadAllText(Path.Combine(site.InputDirectory, "files", "procurement-2022-10.txt")), await text.Content.ReadAsStringAsync());
        Assert.Equal("utf-8", page.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task A_missing_page_is_answered_with_the_not_found_page_and_a_folder_without_its_slash_is_redirected()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        var missing = await client.GetAsync(new Uri("/no-such-page/", UriKind.Relative));
        var folder = await client.GetAsync(new Uri("/about", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/about/", folder.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_editors_configuration_is_served_as_yaml_in_utf8_even_without_netlifys_headers()
    {
        using var site = TempSite.Create("basic");
        var options = site.Options() with { Extensions = Portal.Extensions.FeatureData.Empty.With(new Portal.Features.Editor.LocalEditing("http://127.0.0.1:1/_portal/cms/api/v1", Review: false)) };
        await using var server = await PreviewServer.StartAsync(options, port: 0, SecurityHeaders.None, _ => { }, e => Assert.Fail(e.ToString()), CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Address };

        var config = await client.GetAsync(new Uri("/" + Portal.Features.Editor.CmsOutput.ConfigPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.Equal("text/yaml", config.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", config.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Only_the_loopback_address_is_listened_on()
    {
        using var site = TempSite.Create("basic");
        await using var server = await Start(site);

        Assert.Equal("127.0.0.1", server.Address.Host);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_layout_added_to_the_sites_theme_folder_overrides_the_built_in_one_and_is_served(bool themeFolderAtStart)
    {
        using var site = TempSite.Create("basic");
        var theme = Path.Combine(site.Root, BuildOptions.DefaultThemeDirectory);
        if (themeFolderAtStart)
        {
            Directory.CreateDirectory(theme);
        }

        await using var server = await Start(site, options: site.Options() with { ThemeDirectory = theme });
        using var client = new HttpClient { BaseAddress = server.Address };
        var url = new Uri("/news/2022-12-05-tree-planting/", UriKind.Relative);
        Assert.DoesNotContain("app-override", await client.GetStringAsync(url), StringComparison.Ordinal);

        using var events = await EventStream.Open(client);
        Assert.Equal(("status", "{\"errors\":[]}"), await events.Next());
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        File.WriteAllText(Path.Combine(theme, "layouts", "news.liquid"), "<p class=\"app-override\">ธีมของเว็บไซต์</p>\n{{ page.content | raw }}\n");

        await events.Until("reload", async () => (await client.GetStringAsync(url)).Contains("app-override", StringComparison.Ordinal));
    }

    private static Task<PreviewServer> Start(TempSite site, Action<BuildStatus>? built = null, BuildOptions? options = null) =>
        PreviewServer.StartAsync(options ?? site.Options(), port: 0, SecurityHeaders.Load(Path.Combine(TestPaths.RepositoryRoot, "netlify.toml")), built ?? (_ => { }), e => Assert.Fail(e.ToString()), CancellationToken.None);

    /// <summary>Rewrites a file of input/ as an editor saves it.</summary>
    private static void Save(TempSite site, string relativePath, string appended)
    {
        var path = Path.Combine(site.InputDirectory, relativePath);
        File.WriteAllText(path, File.ReadAllText(path) + appended);
    }

    /// <summary>The server-sent events of <c>/_portal/events</c>, one (event, data) at a time.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> Open(HttpClient client)
        {
            var response = await client.GetAsync(new Uri("/_portal/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
        }

        /// <summary>Reads events until one named <paramref name="name"/> satisfies <paramref name="done"/>; returns its data.</summary>
        public async Task<string> Until(string name, Func<string, Task<bool>> done)
        {
            var deadline = DateTime.UtcNow + EventTimeout;
            while (DateTime.UtcNow < deadline)
            {
                var (next, data) = await Next();
                if (next == name && await done(data))
                {
                    return data;
                }
            }

            throw new TimeoutException($"no '{name}' event met the condition within {EventTimeout}");
        }

        public Task<string> Until(string name, Func<Task<bool>> done) => Until(name, _ => done());

        public async Task<(string Name, string Data)> Next()
        {
            using var timeout = new CancellationTokenSource(EventTimeout);
            string name = "", data = "";
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && name.Length > 0)
                {
                    return (name, data);
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }

            throw new EndOfStreamException("the event stream ended");
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }
    }
}
