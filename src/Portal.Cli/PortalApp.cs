using Portal.Cli.Commands;
using Portal.Commands;
using Portal.Features;
using Spectre.Console.Cli;

namespace Portal.Cli;

/// <summary>
/// The <c>portal</c> command: its commands, one file each in <c>Commands/</c>, and the mapping of every
/// failure to an exit code (docs/architecture.md, "Contracts"). Tests run it in-process.
/// </summary>
internal static class PortalApp
{
    private const string HelpHint = "ดูวิธีใช้ด้วย portal --help (see portal --help)";

    /// <param name="parts">What every command builds with, and the features' own commands; by default <see cref="PortalFeatures.Parts"/> (tests and plug-ins add features).</param>
    public static int Run(IReadOnlyList<string> args, CliConsole console, BuildParts? parts = null)
    {
        parts ??= PortalFeatures.Parts;
        if (parts.Commands.FirstOrDefault(c => c.Under is not (null or NewPageCommand.Name)) is { } orphan)
        {
            throw new InvalidOperationException($"the command {orphan.Name} is registered under '{orphan.Under}', which is no branch of portal");
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("portal");
            config.ConfigureConsole(console.Terminal);
            config.SetHelpProvider(new BilingualHelp());
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Registrar.RegisterInstance(parts);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>(BuildCommand.Name)
                .WithDescription("สร้างเว็บไซต์จาก input/ และ theme/ ลงใน _site/ (build the site from input/ and theme/ into _site/)")
                .WithExample(BuildCommand.Name)
                .WithExample(BuildCommand.Name, "--base-url", "https://www.example.go.th", "--drafts");
            foreach (var command in parts.Commands.Where(c => c.Under is null))
            {
                command.AddToApp(config);
            }

            config.AddCommand<CheckCommand>(CheckCommand.Name)
                .WithDescription("ตรวจเนื้อหาและเว็บไซต์ที่จะสร้าง โดยไม่เขียน _site/ (check the content and the site it makes, without writing _site/)")
                .WithExample(CheckCommand.Name, "--format", "github");
            config.AddCommand<ServeCommand>(ServeCommand.Name)
                .WithDescription("ดูตัวอย่างเว็บไซต์ที่ http://127.0.0.1:5080/ สร้างใหม่และโหลดหน้าใหม่เมื่อบันทึกไฟล์ (preview the site, rebuilt and reloaded on every save)")
                .WithExample(ServeCommand.Name, "--drafts");
            config.AddBranch<PortalSettings>(NewPageCommand.Name, branch =>
            {
                var kinds = string.Join(", ", parts.Kinds.Names.Order(StringComparer.Ordinal));
                branch.SetDescription($"สร้างหน้าใหม่พร้อมส่วนหัวและคำอธิบาย ชนิดที่มี: {kinds} (create a new page with its front matter explained; kinds: {kinds})");
                branch.SetDefaultCommand<NewPageCommand>();
                branch.AddExample(NewPageCommand.Name, "news", "news/2568/open-day.md", "--title", "วันเปิดบ้านหน่วยงาน");
                branch.AddExample(NewPageCommand.Name, "page", "about/contact.md");
                foreach (var command in parts.Commands.Where(c => c.Under == NewPageCommand.Name))
                {
                    command.AddToBranch(branch);
                }
            });
        });

        if (args.Count == 0)
        {
            app.Run(["--help"]);
            console.Errors.WriteLine($"portal: ไม่ได้ระบุคำสั่ง (no command given); {HelpHint}");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            RequireOptionValues(args, parts);
            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            console.Errors.WriteLine($"portal: ใช้คำสั่งไม่ถูกต้อง ({OneLine(e.Message)}); {HelpHint}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e) when (UnexpectedBuildException.Find(e) is { } unexpected)
        {
            // A fault of ours while processing one file (an I/O error inside it is wrapped too): name the file.
            console.Errors.WriteLine($"portal: {unexpected.ThaiAndEnglishLine}");
            if (args.Contains("--verbose"))
            {
                console.Errors.WriteLine(unexpected.InnerException?.ToString());
            }

            return ExitCodes.InternalError;
        }
        catch (UsageException e)
        {
            console.Errors.WriteLine($"portal: {e.ThaiMessage} ({e.Message}); {HelpHint}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (BuildConfigurationException e)
        {
            console.Errors.WriteLine($"portal: {e.ThaiMessage} ({e.Message})");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (IOException e)
        {
            console.Errors.WriteLine($"portal: อ่านหรือเขียนไฟล์ไม่สำเร็จ ({e.Message})");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (UnauthorizedAccessException e)
        {
            console.Errors.WriteLine($"portal: ไม่มีสิทธิ์อ่านหรือเขียนไฟล์ ({e.Message})");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e)
        {
            // The promise is "never a stack trace for content": what still escapes is a bug of ours.
            console.Errors.WriteLine($"portal: โปรแกรมขัดข้อง โปรดแจ้งผู้ดูแลพร้อมไฟล์ที่ใช้ (the program failed; please report this bug with the files used): {e.GetType().Name}: {OneLine(e.Message)}");
            if (args.Contains("--verbose"))
            {
                console.Errors.WriteLine(e.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// An option that takes a value (<c>--input &lt;FOLDER&gt;</c>) must be given one: Spectre would take an
    /// internal placeholder as the value of a last <c>--input</c>, and build from a folder of that name.
    /// </summary>
    private static void RequireOptionValues(IReadOnlyList<string> args, BuildParts parts)
    {
        var valueOptions = parts.Features.Select(f => f.GetType().Assembly).Append(typeof(PortalApp).Assembly).Distinct().SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(CommandSettings)))
            .SelectMany(t => t.GetProperties())
            .SelectMany(p => p.GetCustomAttributes(typeof(CommandOptionAttribute), inherit: true).Cast<CommandOptionAttribute>())
            .Where(o => o.ValueName is not null && !o.ValueIsOptional)
            .SelectMany(o => o.LongNames.Select(n => "--" + n))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (valueOptions.Contains(args[i]) && (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                throw new UsageException($"ตัวเลือก {args[i]} ต้องมีค่า", $"option {args[i]} needs a value");
            }
        }
    }

    /// <summary>An exception message in one line: a diagnostic or error line never spans two.</summary>
    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
