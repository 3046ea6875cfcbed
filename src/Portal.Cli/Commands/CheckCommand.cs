using Portal.Commands;
using Portal.Diagnostics;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal check</c>: everything the build validates and the checks on the finished site, in memory;
/// <c>_site/</c> is not touched. Text goes to standard error like the build's; the GitHub annotations
/// and the JSON document go to standard output, where the workflow runner and scripts read them.
/// </summary>
internal sealed class CheckCommand(CliConsole console, BuildParts parts) : Command<CheckSettings>
{
    public const string Name = "check";

    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var session = new BuildSession(new BuildOptions(settings.Input, settings.Theme), parts);
        var result = session.Check();
        var errors = Diagnostic.CountOf(result.Diagnostics, Severity.Error);
        var report = settings.ChangedSinceOrBase is { } reference && settings.Format != CheckFormat.Json
            ? StandingDiagnostics.ChangedFirst(result.Diagnostics, ChangedIn(settings.Input, reference))
            : result.Diagnostics;
        switch (settings.Format)
        {
            case CheckFormat.Json:
                new JsonDiagnosticFormatter().Write(report, console.Output);
                break;
            case CheckFormat.GitHub:
                ((IDiagnosticFormatter)new GitHubDiagnosticFormatter(RepositoryPaths.Find(Directory.GetCurrentDirectory()).Relative)).Write(report, console.Output);
                break;
            default:
                var colour = console.Terminal.Profile.Capabilities.Ansi && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                ((IDiagnosticFormatter)new TextDiagnosticFormatter(colour)).Write(report, console.Errors);
                console.Output.WriteLine(errors == 0
                    ? $"ตรวจแล้ว {result.PageCount} หน้า ไม่พบข้อผิดพลาด (checked {result.PageCount} pages: no errors)"
                    : $"ตรวจแล้ว {result.PageCount} หน้า พบข้อผิดพลาด {errors} รายการ (checked {result.PageCount} pages: {errors} error(s))");
                break;
        }

        return errors == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>Whether a diagnostic's path (as shown, relative to the working folder) is a file changed since <paramref name="reference"/>.</summary>
    private static Func<string, bool> ChangedIn(string input, string reference)
    {
        var changed = Portal.Content.ChangedFiles.Since(input, reference);
        return path => changed.Contains(Path.GetFullPath(path));
    }
}
