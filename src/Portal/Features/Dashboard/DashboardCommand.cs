using System.Diagnostics;
using System.Globalization;
using Portal.Commands;
using Portal.Diagnostics;
using Portal.Thai;
using Spectre.Console.Cli;

namespace Portal.Features.Dashboard;

/// <summary>
/// <c>portal dashboard --sources sources.yml --output dash/</c>: reads every body's coverage.json and builds the national
/// OIT dashboard (docs/dashboard.md). A source that cannot be used is one warning line and a row of the problem page;
/// only a bad command line, sources file or theme stops it (exit 2).
/// </summary>
internal sealed class DashboardCommand(CliConsole console, BuildParts parts) : Command<DashboardSettings>
{
    public const string Name = "dashboard";

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>Reports on the build's thread, as it happens (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class InlineProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }

    public override int Execute(CommandContext context, DashboardSettings settings, CancellationToken cancellationToken)
    {
        var today = BuildDate.Resolve(AsOfOption.Parse(settings.AsOf));
        var givenYears = settings.Years;
        var problems = new List<Diagnostic>();
        var sources = DashboardSources.Read(settings.Sources!, problems);
        if (sources is null)
        {
            ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(problems, console.Errors);
            console.Errors.WriteLine($"portal: แก้ {settings.Sources} ก่อน จึงจะสร้างแดชบอร์ดได้ (fix {settings.Sources} first)");
            return ExitCodes.UsageOrConfiguration;
        }

        var years = DashboardYears.Choose(givenYears, sources.Years, today);
        var clock = Stopwatch.StartNew();
        var shown = TimeSpan.Zero;
        var progressLock = new Lock();
        var read = DashboardBuild.ReadAll(sources, years, settings.Limits, today, (done, total) =>
        {
            lock (progressLock)
            {
                if (clock.Elapsed - shown >= ProgressInterval || done == total)
                {
                    shown = clock.Elapsed;
                    console.Errors.WriteLine($"อ่านรายงานแล้ว {done:N0} จาก {total:N0} ({done:N0} of {total:N0} sources read, {clock.Elapsed.TotalSeconds:0} s)");
                }
            }
        }, cancellationToken);

        foreach (var problem in DashboardBuild.Problems(sources, read))
        {
            console.Errors.WriteLine(TextDiagnosticFormatter.Format(problem));
        }

        var options = new BuildOptions(ThemeDirectory: settings.Theme, OutputDirectory: settings.Output,
            BaseUrl: settings.BaseUrl ?? sources.BaseUrl ?? Environment.GetEnvironmentVariable("PORTAL_BASE_URL"), AsOf: today);
        var stage = (BuildStage?)null;
        var result = DashboardBuild.Build(sources, read, options, parts, new InlineProgress(step =>
        {
            lock (progressLock)
            {
                if (step.Stage != stage)
                {
                    stage = step.Stage;
                    console.Errors.WriteLine($"สร้างแดชบอร์ด: {step.Stage} ({clock.Elapsed.TotalSeconds:0} s)");
                }
            }
        }));
        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(parts.BuildReport(result.Diagnostics), console.Errors);
        if (!result.Succeeded)
        {
            // The dashboard's own pages failed to build: the theme lacks its layouts, or a fault of ours.
            console.Errors.WriteLine($"สร้างแดชบอร์ดไม่สำเร็จ {settings.Output} ไม่ถูกเปลี่ยน (the dashboard was not built; {settings.Output} was left as it was)");
            return ExitCodes.UsageOrConfiguration;
        }

        foreach (var year in read)
        {
            var problemCount = year.Problems.Count();
            console.Output.WriteLine($"ปีงบประมาณ {year.Year}: อ่านได้ {year.Bodies.Count - problemCount:N0} จาก {year.Bodies.Count:N0} แห่ง, อ่านไม่ได้ {problemCount:N0} แห่ง " +
                $"({year.Year}: {year.Bodies.Count - problemCount:N0} of {year.Bodies.Count:N0} bodies read, {problemCount:N0} with problems)");
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        console.Output.WriteLine($"สร้างแดชบอร์ดแล้ว ณ วันที่ {ThaiDate.Format(today)}: {result.PageCount:N0} หน้า, {result.FileCount:N0} ไฟล์, {seconds} วินาที → {settings.Output} " +
            $"(built {result.PageCount:N0} pages, {result.FileCount:N0} files in {seconds} s)");
        return ExitCodes.Success;
    }
}
