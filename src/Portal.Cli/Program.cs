using System.Text;
using Portal;
using Portal.Cli;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
return Run(args, AnsiConsole.Console, Console.Out, Console.Error);

static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter errors)
{
    try
    {
        if (args is ["--help" or "-h" or "help", ..] or [])
        {
            console.Write(new Text(Usage.Text));
            return args.Length == 0 ? ExitCodes.UsageOrConfiguration : ExitCodes.Success;
        }

        return args[0] switch
        {
            "build" => BuildCommand.Run(CommandLine.Parse(args, BuildCommand.ValueOptions, BuildCommand.Flags), console, output, errors),
            _ => throw new UsageException($"ไม่รู้จักคำสั่ง '{args[0]}'", $"unknown command '{args[0]}'"),
        };
    }
    catch (UsageException e)
    {
        errors.WriteLine($"portal: {e.ThaiMessage} ({e.Message})");
        errors.WriteLine(Usage.Text);
        return ExitCodes.UsageOrConfiguration;
    }
    catch (BuildConfigurationException e)
    {
        errors.WriteLine($"portal: {e.ThaiMessage} ({e.Message})");
        return ExitCodes.UsageOrConfiguration;
    }
    catch (IOException e)
    {
        errors.WriteLine($"portal: อ่านหรือเขียนไฟล์ไม่สำเร็จ ({e.Message})");
        return ExitCodes.UsageOrConfiguration;
    }
    catch (UnauthorizedAccessException e)
    {
        errors.WriteLine($"portal: ไม่มีสิทธิ์อ่านหรือเขียนไฟล์ ({e.Message})");
        return ExitCodes.UsageOrConfiguration;
    }
}
