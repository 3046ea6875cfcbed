using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Portal.Diagnostics;

namespace Portal.Features.Dashboard;

/// <summary>
/// <c>portal dashboard</c> without the console: reads every body's coverage.json of every year shown (<see cref="ReadAll"/>),
/// then builds the site with the engine's own pipeline and the given theme (<see cref="Build"/>) from a temporary
/// <c>input/</c> that holds only the settings, the search page and the page about the data; the dashboard's pages are
/// generated at the model stage (<see cref="DashboardGenerator"/>).
/// </summary>
internal static class DashboardBuild
{
    /// <summary>Reads every (body, year) source, <see cref="SourceLimits.Parallel"/> at a time; a source's problem is kept with it, never thrown.</summary>
    /// <param name="progress">Told (done, total) after each source.</param>
    public static IReadOnlyList<DashboardYear> ReadAll(DashboardSources sources, IReadOnlyList<int> years, SourceLimits limits, DateOnly today,
        Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var work = years.SelectMany(year => sources.Bodies.Select(body => (Year: year, Body: body))).ToList();
        var results = new BodyCoverage[work.Count];
        // Every report repeats the catalog's titles: one string each, not one per body.
        var titles = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        string Intern(string text) => titles.GetOrAdd(text, text);
        var done = 0;
        using var reader = new CoverageSourceReader(limits, sources.Folder);
        Parallel.ForEachAsync(Enumerable.Range(0, work.Count), new ParallelOptions { MaxDegreeOfParallelism = limits.Parallel, CancellationToken = cancellation },
            async (index, token) =>
            {
                var (year, body) = work[index];
                var location = body.CoverageOf(year);
                var (bytes, problem) = await reader.Read(location, token).ConfigureAwait(false);
                CoverageReport? report = null;
                if (bytes is not null)
                {
                    (report, problem) = CoverageReportReader.Read(bytes, year, today, Intern);
                }

                results[index] = new BodyCoverage(body, location, report, problem);
                progress?.Invoke(Interlocked.Increment(ref done), work.Count);
            }).GetAwaiter().GetResult();
        return [.. years.Select((year, i) => new DashboardYear(year, results.AsSpan(i * sources.Bodies.Count, sources.Bodies.Count).ToArray()))];
    }

    /// <summary>Each source's problem as a warning at its body's line of sources.yml, Thai and English.</summary>
    public static IEnumerable<Diagnostic> Problems(DashboardSources sources, IReadOnlyList<DashboardYear> years) =>
        years.SelectMany(year => year.Problems.Select(b => Diagnostic.Warning(b.Problem!.Code, new SourceLocation(sources.Path.Replace('\\', '/'), b.Body.Line),
            $"{b.Body.Name} ปี {year.Year}: {b.Location}: {b.Problem.ThaiMessage} ไม่ได้นับรวมในแดชบอร์ด",
            $"{b.Body.Id} {year.Year}: {b.Location}: {b.Problem.EnglishMessage}; left out of the dashboard")))
        .OrderBy(d => d.Location.Line);

    /// <summary>Builds the site into <see cref="BuildOptions.OutputDirectory"/> (replaced whole, as <c>portal build</c> does).</summary>
    /// <param name="parts">The engine's parts (its features' kinds, outputs and search); the dashboard's pages are added to them.</param>
    public static BuildResult Build(DashboardSources sources, IReadOnlyList<DashboardYear> years, BuildOptions options, BuildParts parts,
        IProgress<BuildProgress>? progress = null)
    {
        var root = Path.Combine(Path.GetTempPath(), $"portal-dashboard-{Guid.NewGuid():N}");
        var input = Path.Combine(root, "input");
        try
        {
            WriteInput(input, sources, years);
            var dashboardParts = BuildParts.From(parts.Features.Where(f => f is not DashboardFeature).Append(new DashboardSiteFeature(years)));
            return SiteBuild.Run(options with { InputDirectory = input }, dashboardParts, progress);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void WriteInput(string input, DashboardSources sources, IReadOnlyList<DashboardYear> years)
    {
        Directory.CreateDirectory(Path.Combine(input, "_data"));
        Directory.CreateDirectory(Path.Combine(input, "search"));
        Directory.CreateDirectory(Path.Combine(input, "about"));
        var title = sources.Title ?? "แดชบอร์ดความครบถ้วนของข้อมูล OIT";
        var latest = years.Max(y => y.Year);
        var site = new StringBuilder()
            .AppendLine("# Written by portal dashboard from sources.yml")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {Quoted(title)}")
            .AppendLine("tagline: \"การเปิดเผยข้อมูลสาธารณะ (OIT) ของหน่วยงานภาครัฐ รวบรวมจากรายงานบนเว็บไซต์ของแต่ละแห่ง\"")
            .AppendLine(CultureInfo.InvariantCulture, $"description: \"ความครบถ้วนของข้อมูล OIT ของหน่วยงาน {sources.Bodies.Count:N0} แห่ง แยกตามจังหวัดและรายการ\"")
            .AppendLine(sources.BaseUrl is { } baseUrl ? $"base_url: {Quoted(baseUrl)}" : "")
            .AppendLine("nav:")
            .AppendLine("  - { title: \"หน้าแรก\", url: \"/\" }")
            .AppendLine(CultureInfo.InvariantCulture, $"  - {{ title: \"ปีงบประมาณ {latest}\", url: \"{DashboardUrls.Year(latest)}\" }}")
            .AppendLine(CultureInfo.InvariantCulture, $"  - {{ title: \"แหล่งข้อมูลที่อ่านไม่ได้\", url: \"{DashboardUrls.Problems(latest)}\" }}")
            .AppendLine("  - { title: \"เกี่ยวกับข้อมูล\", url: \"/about/\" }")
            .AppendLine("footer:")
            .AppendLine(CultureInfo.InvariantCulture, $"  organisation: {Quoted(title)}")
            .AppendLine("  contact_url: /about/")
            .AppendLine("  contact_title: \"เกี่ยวกับข้อมูลนี้\"")
            .AppendLine("  links:")
            .AppendLine("    - { title: \"แผนผังเว็บไซต์\", url: \"/sitemap/\" }");
        File.WriteAllText(Path.Combine(input, "_data", "site.yml"), site.ToString());
        File.WriteAllText(Path.Combine(input, "search", "index.md"), """
            ---
            title: ค้นหา
            description: ค้นหาหน่วยงาน จังหวัด หรือรายการ OIT ในแดชบอร์ด
            layout: search
            ---

            พิมพ์ชื่อหน่วยงาน ชื่อจังหวัด หรือรหัสและชื่อรายการ OIT เช่น "O12" แล้วกดปุ่ม "ค้นหา"

            การค้นหาทำงานในเบราว์เซอร์ของท่านและต้องเปิดใช้ JavaScript หากไม่ได้เปิดใช้ ท่านหาหน้าที่ต้องการได้จาก[แผนผังเว็บไซต์](/sitemap/)

            """);
        File.WriteAllText(Path.Combine(input, "about", "index.md"), """
            ---
            title: เกี่ยวกับข้อมูลนี้
            description: แดชบอร์ดนี้นับอะไร มาจากไหน และอ่านตัวเลขอย่างไร
            ---

            แดชบอร์ดนี้รวบรวมรายงานความครบถ้วนของข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ที่แต่ละหน่วยงานเผยแพร่ไว้บนเว็บไซต์ของตนเอง (ไฟล์ `ita/<ปี>/coverage.json`) แล้วนับรวมตามจังหวัดและตามรายการ OIT

            ## สถานะของแต่ละรายการ

            - **ครบถ้วน** หน่วยงานเผยแพร่ข้อมูลของรายการนั้นตรงตามปีที่กำหนดแล้ว
            - **ไม่ตรงปีหรือไม่ครบ** มีข้อมูลที่เผยแพร่แล้ว แต่ไม่ตรงปีที่กำหนด หรือรายการรายเดือนยังไม่ครบทุกเดือน
            - **มีเฉพาะฉบับร่าง** มีข้อมูลที่ยังไม่ได้เผยแพร่
            - **ยังไม่มีข้อมูล** ยังไม่มีข้อมูลของรายการนั้น

            ## ข้อควรทราบ

            ตัวเลขมาจากรายงานของแต่ละหน่วยงาน ณ วันที่ที่รายงานระบุ แดชบอร์ดไม่ได้ตรวจเนื้อหาของข้อมูลเอง ผลการประเมิน ITA ที่เป็นทางการเป็นของสำนักงาน ป.ป.ช. หน่วยงานที่อ่านรายงานไม่ได้หรือรายงานไม่ถูกต้องจะไม่ถูกนับรวม และแสดงไว้ในหน้าแหล่งข้อมูลที่อ่านไม่ได้ของแต่ละปี พร้อมเหตุผล

            """);
    }

    /// <summary>A YAML double-quoted scalar: JSON's string syntax is YAML's, so no value can end the line or start a key.</summary>
    private static string Quoted(string text) => JsonSerializer.Serialize(text);
}
