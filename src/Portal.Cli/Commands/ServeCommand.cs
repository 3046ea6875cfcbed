using System.Globalization;
using System.Runtime.InteropServices;
using Portal.Commands;
using Portal.Diagnostics;
using Portal.Serve;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal serve</c>: the preview for staff (<see cref="PreviewServer"/>), until Ctrl+C. Each build's
/// errors are printed here and shown over the page in the browser.
/// </summary>
internal sealed class ServeCommand(CliConsole console, BuildParts parts) : AsyncCommand<ServeSettings>
{
    public const string Name = "serve";

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var options = new BuildOptions(settings.Input, settings.Theme, IncludeDrafts: settings.Drafts, Preview: true);
        // decap-server writes into the folder that holds the input folder, as the git host's paths start at the repository root.
        using var cms = settings.Cms || settings.CmsReview
            ? await DecapServer.StartAsync(RepositoryPaths.Find(Directory.GetCurrentDirectory()).Root,
                Path.GetDirectoryName(Path.GetFullPath(settings.Input).TrimEnd(Path.DirectorySeparatorChar))!, settings.CmsReview, stop.Token).ConfigureAwait(false)
            : null;
        await using var server = await PreviewServer.StartAsync(options, settings.Port, Headers(), Report, Failed, stop.Token, cms, parts).ConfigureAwait(false);
        Report(server.FirstBuild);
        console.Output.WriteLine($"ดูตัวอย่างได้ที่ {server.Address} หน้าจะโหลดใหม่เองเมื่อบันทึกไฟล์ กด Ctrl+C เพื่อหยุด " +
            $"(previewing at {server.Address}; pages reload when a file is saved; Ctrl+C stops)");
        if (cms is not null)
        {
            console.Output.WriteLine($"แก้ไขเนื้อหาได้ที่ {server.Address}admin/ ไฟล์ที่บันทึกจะอยู่ใน {settings.Input}/ (edit at {server.Address}admin/; saved files go into {settings.Input}/)");
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        console.Output.WriteLine("หยุดแล้ว (stopped)");
        return ExitCodes.Success;
    }

    /// <summary>The headers of the live site, from <c>netlify.toml</c> at the repository root (or here).</summary>
    private readonly NewDiagnostics _newDiagnostics = new();

    private SecurityHeaders Headers()
    {
        var root = RepositoryPaths.Find(Directory.GetCurrentDirectory()).Root;
        var file = new[] { Path.Combine(root, "netlify.toml"), "netlify.toml" }.FirstOrDefault(File.Exists);
        if (file is null)
        {
            console.Errors.WriteLine("portal: ไม่พบ netlify.toml จึงไม่ส่ง header ความปลอดภัยแบบเว็บไซต์จริง (no netlify.toml found: serving without the live site's security headers)");
            return SecurityHeaders.None;
        }

        return SecurityHeaders.Load(file);
    }

    private void Report(BuildStatus build)
    {
        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(_newDiagnostics.Of(build.Result.Diagnostics), console.Errors);
        var milliseconds = build.Result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        console.Output.WriteLine(build.Succeeded
            ? $"[{build.Number}] สร้างแล้ว {build.PagesRendered} หน้า ใน {milliseconds} ms (built {build.PagesRendered} pages in {milliseconds} ms)"
            : $"[{build.Number}] พบข้อผิดพลาด {build.Errors.Count} รายการ หน้าที่แสดงยังเป็นฉบับก่อนหน้า (found {build.Errors.Count} error(s); the last good site is still served)");
    }

    private void Failed(Exception e) =>
        console.Errors.WriteLine($"portal: สร้างใหม่ไม่สำเร็จ จะลองอีกครั้งเมื่อไฟล์เปลี่ยน (the rebuild could not run; it will try again on the next change): {e.Message}");
}
