using System.Text;
using Portal.Cli;
using Portal.Commands;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
return PortalApp.Run(args, new CliConsole(AnsiConsole.Console, Console.Out, Console.Error));
