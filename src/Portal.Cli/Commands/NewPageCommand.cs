using Portal.Commands;
using Portal.Kinds;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

/// <summary>
/// <c>portal new &lt;kind&gt; &lt;path&gt;</c>: writes a page of a registered kind with its front matter, today's
/// date and Thai comments (<see cref="NewPage"/>). The only command that reads the clock: the build never does.
/// It is the default command of the <c>new</c> branch, so other forms (<c>portal new catalog</c>) are sub-commands beside it.
/// </summary>
internal sealed class NewPageCommand(CliConsole console, BuildParts parts) : Command<NewPageSettings>
{
    public const string Name = "new";

    public override int Execute(CommandContext context, NewPageSettings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Input))
        {
            throw new BuildConfigurationException($"ไม่พบโฟลเดอร์เนื้อหา {settings.Input}", $"the input folder {settings.Input} does not exist");
        }

        var kind = NewPage.Kind(parts.Kinds, settings.Kind);
        var (fullPath, relativePath) = NewPage.Resolve(settings.Input, settings.Path);
        var title = settings.Title ?? System.IO.Path.GetFileNameWithoutExtension(relativePath);
        NewPage.Write(fullPath, relativePath, NewPage.Text(kind, title, DateOnly.FromDateTime(DateTime.Now)));
        var display = $"{settings.Input.Replace('\\', '/').TrimEnd('/')}/{relativePath}";
        console.Output.WriteLine($"สร้างหน้าแบบ{kind.ThaiName}แล้ว: {display} ดูตัวอย่างด้วย portal serve (created a {kind.Name} page: {display}; preview it with portal serve)");
        return ExitCodes.Success;
    }
}
