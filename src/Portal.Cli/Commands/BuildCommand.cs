using System.Globalization;
using Portal.Diagnostics;
using Portal.Oit;
using Portal.Output;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: runs the pipeline with a progress display and prints every diagnostic and a one-line summary.</summary>
internal sealed class BuildCommand(CliConsole console) : Command<BuildSettings>
{
    public const string Name = "build";

    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        var session = new BuildSession(options, OitGenerator.WithBuildDate(BuildParts.BuiltIn, AsOfOption.Parse(settings.AsOf)));
        var result = BuildProgressDisplay.Run(console, progress => session.Build(new FolderTarget(options.OutputDirectory), progress));

        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(result.Diagnostics, console.Errors);

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var count = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            console.Errors.WriteLine($"สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ เว็บไซต์เดิมใน {options.OutputDirectory} ไม่ถูกเปลี่ยน " +
                $"(build failed: {count} error(s); {options.OutputDirectory} was left as it was)");
            return ExitCodes.ContentErrors;
        }

        console.Output.WriteLine($"สร้างเว็บไซต์แล้ว: {result.PageCount} หน้า, {result.FileCount} ไฟล์, {seconds} วินาที → {options.OutputDirectory} " +
            $"(built {result.PageCount} pages, {result.FileCount} files in {seconds} s)");
        return ExitCodes.Success;
    }
}
