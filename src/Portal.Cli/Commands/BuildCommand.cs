using System.Globalization;
using Portal.Commands;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Output;
using Portal.Thai;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

/// <summary><c>portal build</c>: runs the pipeline with a progress display and prints every diagnostic and a one-line summary.</summary>
internal sealed class BuildCommand(CliConsole console, BuildParts parts) : Command<BuildSettings>
{
    public const string Name = "build";

    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        var result = BuildProgressDisplay.Run(console, progress => SiteBuild.Run(options, parts, progress));

        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(parts.BuildReport(result.Diagnostics), console.Errors);

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var count = Diagnostic.CountOf(result.Diagnostics, Severity.Error);
            console.Errors.WriteLine($"สร้างเว็บไซต์ไม่สำเร็จ: พบข้อผิดพลาด {count} รายการ เว็บไซต์เดิมใน {options.OutputDirectory} ไม่ถูกเปลี่ยน " +
                $"(build failed: {count} error(s); {options.OutputDirectory} was left as it was)");
            return ExitCodes.ContentErrors;
        }

        if (result.PagesWithoutHistory > 0)
        {
            console.Output.WriteLine($"วันปรับปรุงล่าสุดของ {result.PagesWithoutHistory} หน้ามาจาก date เพราะไม่มี updated และไม่มีประวัติใน git " +
                $"({result.PagesWithoutHistory} page(s) have neither 'updated' nor git history; their 'date' is shown as the last change)");
        }

        foreach (var line in result.Session.All<IBuildSummary>().SelectMany(summary => summary.Lines(settings.Verbose)))
        {
            console.Output.WriteLine(line);
        }

        if (result.ShallowHistory)
        {
            console.Output.WriteLine("ประวัติ git ไม่ครบ (shallow clone) วันเผยแพร่ที่มาจาก git อาจช้ากว่าจริง ให้ clone ประวัติทั้งหมด " +
                "(the git history is shallow: publication dates taken from it may be too late; fetch the whole history)");
        }

        console.Output.WriteLine($"สถานะ OIT นับ ณ วันที่ {ThaiDate.Format(result.BuildDate)} (OIT statuses as of {ThaiDate.ToIso(result.BuildDate)})");
        console.Output.WriteLine($"สร้างเว็บไซต์แล้ว: {result.PageCount} หน้า, {result.FileCount} ไฟล์, {seconds} วินาที → {options.OutputDirectory} " +
            $"(built {result.PageCount} pages, {result.FileCount} files in {seconds} s)");
        return ExitCodes.Success;
    }
}
