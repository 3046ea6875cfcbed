using System.Text;
using Portal.Commands;
using Portal.Content;
using Portal.Diagnostics;
using Spectre.Console.Cli;

namespace Portal.Features.StableUrls;

/// <summary><c>portal urls --record</c>: checks the site and adds every URL it publishes to <c>input/_data/published-urls.txt</c>, sorted; none is removed.</summary>
internal sealed class UrlsCommand(CliConsole console, BuildParts parts) : Command<UrlsSettings>
{
    public const string Name = "urls";

    public override int Execute(CommandContext context, UrlsSettings settings, CancellationToken cancellationToken)
    {
        var result = new BuildSession(new BuildOptions(settings.Input, settings.Theme), parts).Build(target: null);
        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(result.Diagnostics, console.Errors);
        if (!result.Succeeded)
        {
            console.Errors.WriteLine("ตรวจเนื้อหาไม่ผ่าน จึงยังไม่บันทึกรายการ URL (the content has errors; the URL list was not changed)");
            return ExitCodes.ContentErrors;
        }

        var path = Path.Combine(settings.Input, "_data", PublishedUrls.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var merged = PublishedUrls.Merge(existing, PublishedUrls.Of(result.Site));
        var before = existing is null ? 0 : PublishedUrls.Merge(existing, []).Split('\n').Count(l => l.StartsWith('/'));
        var after = merged.Split('\n').Count(l => l.StartsWith('/'));
        InputWrite.Check(settings.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, merged, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        console.Output.WriteLine($"เพิ่ม {after - before} URL ลงใน {path} รวม {after} URL (added {after - before} URL(s); {after} in all)");
        return ExitCodes.Success;
    }
}
