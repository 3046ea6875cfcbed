using System.Globalization;
using System.Text;
using Portal.Commands;
using Portal.Content;
using Portal.Diagnostics;
using Spectre.Console.Cli;

namespace Portal.Features.Oit;

/// <summary><c>portal new catalog 2570 --from 2569</c> (a command of the <c>new</c> branch, so <c>catalog</c> is never a page kind's name): writes <c>input/_data/oit/2570.yml</c> from the 2569 catalog, every item unverified.</summary>
internal sealed class CatalogNewCommand(CliConsole console) : Command<CatalogNewSettings>
{
    public const string Name = "catalog";

    public override int Execute(CommandContext context, CatalogNewSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.Input, "_data", "oit");
        var source = Path.Combine(folder, $"{settings.From!.Value.ToString(CultureInfo.InvariantCulture)}.yml");
        var target = Path.Combine(folder, $"{settings.Year.ToString(CultureInfo.InvariantCulture)}.yml");
        if (!File.Exists(source))
        {
            throw new UsageException($"ไม่พบรายการต้นทาง {source}", $"the catalog to copy, {source}, does not exist");
        }

        if (File.Exists(target))
        {
            throw new UsageException($"มี {target} อยู่แล้ว จะไม่เขียนทับ", $"{target} already exists; it is not overwritten");
        }

        var text = OitCatalogCopy.Copy(File.ReadAllText(source), settings.From.Value, settings.Year);
        var problems = new List<Diagnostic>();
        var display = target.Replace('\\', '/');
        var yaml = YamlDocumentReader.Read(text, display, 1, problems);
        var catalog = OitCatalogReader.Read(new DataFile($"oit/{settings.Year.ToString(CultureInfo.InvariantCulture)}", display, null, yaml), problems);
        if (catalog is null)
        {
            ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(problems, console.Errors);
            console.Errors.WriteLine($"รายการต้นทางมีปัญหา จึงไม่ได้เขียน {target} (the source catalog has problems; nothing was written)");
            return ExitCodes.ContentErrors;
        }

        InputWrite.Check(settings.Input, target);
        File.WriteAllText(target, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        console.Output.WriteLine($"สร้าง {target} แล้ว: {catalog.Items.Count} รายการ ทุกรายการยังไม่ยืนยัน (wrote {target}: {catalog.Items.Count} items, all unverified)");
        return ExitCodes.Success;
    }
}
