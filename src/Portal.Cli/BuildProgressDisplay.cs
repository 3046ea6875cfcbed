using Portal.Commands;
using Spectre.Console;

namespace Portal.Cli;

/// <summary>Shows a build's stages: progress bars on a terminal, one line per stage in logs and pipes.</summary>
internal static class BuildProgressDisplay
{
    private static readonly Dictionary<BuildStage, string> StageNames = new()
    {
        [BuildStage.Load] = "อ่านเนื้อหา (load)",
        [BuildStage.Model] = "จัดโครงสร้าง (model)",
        [BuildStage.Validate] = "ตรวจสอบ (validate)",
        [BuildStage.Render] = "สร้างหน้า (render)",
        [BuildStage.Write] = "เขียนไฟล์ (write)",
    };

    public static BuildResult Run(CliConsole console, Func<IProgress<BuildProgress>, BuildResult> build) =>
        console.Terminal.Profile.Capabilities.Interactive ? WithBars(console, build) : build(new StageLines(console.Errors));

    private static BuildResult WithBars(CliConsole console, Func<IProgress<BuildProgress>, BuildResult> build)
    {
        BuildResult? result = null;
        console.Terminal.Progress()
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
                result = build(progress);
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
