using System.Globalization;
using Portal.Diagnostics;
using Spectre.Console;

namespace Portal.Cli;

/// <summary><c>portal build</c>: runs the pipeline with a progress display and prints every diagnostic and a one-line summary.</summary>
internal static class BuildCommand
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--input", "--theme", "--output", "--base-url" };
    public static readonly IReadOnlySet<string> Flags = new HashSet<string> { "--drafts" };

    private static readonly Dictionary<BuildStage, string> StageNames = new()
    {
        [BuildStage.Load] = "อ่านเนื้อหา (load)",
        [BuildStage.Model] = "จัดโครงสร้าง (model)",
        [BuildStage.Validate] = "ตรวจสอบ (validate)",
        [BuildStage.Render] = "สร้างหน้า (render)",
        [BuildStage.Write] = "เขียนไฟล์ (write)",
    };

    public static int Run(CommandLine command, IAnsiConsole console, TextWriter output, TextWriter errors)
    {
        var options = new BuildOptions(
            command.Value("--input", "input"),
            command.Value("--theme", "theme"),
            command.Value("--output", "_site"),
            command.Value("--base-url") ?? Environment.GetEnvironmentVariable("PORTAL_BASE_URL"),
            command.Flag("--drafts"));

        var result = console.Profile.Capabilities.Interactive
            ? RunWithProgress(options, console)
            : SiteBuild.Run(options, new StageLines(errors));

        foreach (var diagnostic in result.Diagnostics)
        {
            errors.WriteLine(TextDiagnosticFormatter.Format(diagnostic));
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var count = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            errors.WriteLine($"สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ เว็บไซต์เดิมใน {options.OutputDirectory} ไม่ถูกเปลี่ยน " +
                $"(build failed: {count} error(s); {options.OutputDirectory} was left as it was)");
            return ExitCodes.ContentErrors;
        }

        output.WriteLine($"สร้างเว็บไซต์แล้ว: {result.PageCount} หน้า, {result.FileCount} ไฟล์, {seconds} วินาที → {options.OutputDirectory} " +
            $"(built {result.PageCount} pages, {result.FileCount} files in {seconds} s)");
        return ExitCodes.Success;
    }

    private static BuildResult RunWithProgress(BuildOptions options, IAnsiConsole console)
    {
        BuildResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<BuildStage, ProgressTask>();
                var progress = new SynchronousProgress(update =>
                {
                    foreach (var (stage, earlier) in tasks.Where(t => t.Key < update.Stage))
                    {
                        earlier.Value = earlier.MaxValue;
                    }

                    if (!tasks.TryGetValue(update.Stage, out var task))
                    {
                        task = context.AddTask(StageNames[update.Stage], maxValue: Math.Max(1, update.Total));
                        tasks[update.Stage] = task;
                    }

                    task.Value = update.Done;
                });
                result = SiteBuild.Run(options, progress);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return result!;
    }

    /// <summary>Without a terminal (CI logs, pipes): one line as each stage starts, so a long build shows where it is.</summary>
    private sealed class StageLines(TextWriter writer) : IProgress<BuildProgress>
    {
        private readonly Lock _gate = new();
        private BuildStage? _current;

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                if (_current == value.Stage)
                {
                    return;
                }

                _current = value.Stage;
                var count = value.Total > 1 ? $" {value.Total}" : "";
                writer.WriteLine($"… {StageNames[value.Stage]}{count}");
            }
        }
    }

    /// <summary>Reports on the calling thread at once (the default <see cref="Progress{T}"/> posts to a thread pool and may arrive after the build).</summary>
    private sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        private readonly Lock _gate = new();

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
