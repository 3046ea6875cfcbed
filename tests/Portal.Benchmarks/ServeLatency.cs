using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portal.Serve;

namespace Portal.Benchmarks;

/// <summary>
/// <c>serve-latency &lt;corpus&gt; [--saves N] [--page PATH] [--layout PATH]</c>: serves a corpus (a folder with
/// <c>input/</c> and <c>theme/</c>) with <c>portal serve</c>'s server, then saves one page (<c>--page</c>, under
/// <c>input/</c>) or one layout (<c>--layout</c>, under <c>theme/</c>, a paragraph added at its end, which the page
/// shows) N times and measures, for each save, the time until the reload event arrives,
/// until the served page shows the change (what a browser does after the event: fetch the page again), and
/// until the complete event says the search index is served too; and the CPU time the process spent until
/// the page and until complete (the figures that do not depend on other work on the machine).
/// </summary>
internal static class ServeLatency
{
    public static async Task<int> Run(string[] args)
    {
        var flags = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (args.Length == 0 || !Directory.Exists(Path.Combine(args[0], "input")) || flags.Keys.Any(k => k is not ("--saves" or "--page" or "--layout")))
        {
            Console.Error.WriteLine("usage: serve-latency <corpus folder with input/ and theme/> [--saves N] [--page PATH under input/] [--layout PATH under theme/]");
            return 2;
        }

        var corpus = args[0];
        var saves = flags.TryGetValue("--saves", out var count) ? int.Parse(count, CultureInfo.InvariantCulture) : 10;
        var page = flags.GetValueOrDefault("--page", "section-050/page-4950.md");
        var url = "/" + (Path.GetFileName(page) == "index.md" ? page[..^"index.md".Length] : page[..^".md".Length] + "/");
        var options = new BuildOptions(Path.Combine(corpus, "input"), Path.Combine(corpus, "theme"));
        var builds = new List<BuildStatus>();
        await using var server = await PreviewServer.StartAsync(options, 0, SecurityHeaders.None, b =>
        {
            lock (builds)
            {
                builds.Add(b);
            }
        }, e => Console.Error.WriteLine(e), CancellationToken.None);
        Console.WriteLine($"first build: {server.FirstBuild.Result.PageCount} pages in {server.FirstBuild.Result.Elapsed.TotalMilliseconds:0} ms");

        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.GetAsync(new Uri("/_portal/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        await NextEvent(events);

        var layout = flags.GetValueOrDefault("--layout");
        var path = layout is null ? Path.Combine(options.InputDirectory, page) : Path.Combine(options.ThemeDirectory, layout);
        var original = await File.ReadAllTextAsync(path);
        Console.WriteLine($"saving {path}, watching {url}");
        var toEvent = new List<double>();
        var toPage = new List<double>();
        var cpu = new List<double>();
        var toComplete = new List<double>();
        var cpuComplete = new List<double>();
        using var self = Process.GetCurrentProcess();
        try
        {
            for (var save = 1; save <= saves; save++)
            {
                var marker = $"การแก้ไขครั้งที่ {save} {Guid.NewGuid():N}";
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                await File.WriteAllTextAsync(path, original + "\n" + (layout is null ? marker : $"<p>{marker}</p>") + "\n");
                var clock = Stopwatch.StartNew();
                var name = await NextEvent(events, "reload");
                toEvent.Add(clock.Elapsed.TotalMilliseconds);
                var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
                toPage.Add(clock.Elapsed.TotalMilliseconds);
                self.Refresh();
                cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                await NextEvent(events, "complete");
                toComplete.Add(clock.Elapsed.TotalMilliseconds);
                self.Refresh();
                cpuComplete.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                BuildStatus last;
                lock (builds)
                {
                    last = builds[^1];
                }

                Console.WriteLine($"save {save}: {name} after {toEvent[^1]:0} ms, page shows the change after {toPage[^1]:0} ms " +
                    $"(build {last.Result.Elapsed.TotalMilliseconds:0} ms, {last.PagesRendered} page(s) rendered, {cpu[^1]:0} ms CPU){(html.Contains(marker, StringComparison.Ordinal) ? "" : " — CHANGE MISSING")}; " +
                    $"search index after {toComplete[^1]:0} ms ({cpuComplete[^1]:0} ms CPU)");
                await Task.Delay(300);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(path, original);
        }

        Console.WriteLine($"median: reload event {Median(toEvent):0} ms, page shows the change {Median(toPage):0} ms (of {saves} saves; min {toPage.Min():0}, max {toPage.Max():0}); " +
            $"CPU time from save to page {Median(cpu):0} ms; search index served after {Median(toComplete):0} ms, CPU time from save to then {Median(cpuComplete):0} ms; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")} on {Environment.ProcessorCount} cores");
        return 0;
    }

    /// <summary>The next event's name; with <paramref name="wanted"/>, the next event of that name (a save that reaches the watcher in two bursts builds twice).</summary>
    private static async Task<string> NextEvent(StreamReader events, string? wanted = null)
    {
        var name = "";
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.Length == 0 && name.Length > 0)
            {
                if (wanted is null || name == wanted)
                {
                    return name;
                }

                name = "";
            }
        }

        throw new EndOfStreamException();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
