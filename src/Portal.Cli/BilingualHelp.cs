using Spectre.Console;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Portal.Cli;

/// <summary>
/// <c>--help</c> in Thai with English beside it, as every message of the program: Spectre's own help is English only
/// ("USAGE", "Prints help information"). A branch with a default command (<c>portal new</c>) shows that command's
/// arguments and options, since they are what its usage line takes, and its other commands beside them.
/// </summary>
internal sealed class BilingualHelp : IHelpProvider
{
    public IEnumerable<IRenderable> Write(ICommandModel model, ICommandInfo? command)
    {
        var container = (ICommandContainer?)command ?? model;
        var runs = command?.IsBranch == true && command.DefaultCommand is { } defaultCommand ? defaultCommand : command;
        var subcommands = container.Commands.Where(c => !c.IsHidden && !c.IsDefaultCommand).ToList();
        var parameters = (command is null ? [] : command.Parameters.Concat(runs == command ? [] : runs!.Parameters)).Where(p => !p.IsHidden).ToList();
        var arguments = parameters.OfType<ICommandArgument>().OrderBy(a => a.Position).ToList();
        var options = parameters.OfType<ICommandOption>().ToList();

        if (command?.Description is { Length: > 0 } description)
        {
            yield return Section("คำอธิบาย (description)", new Text(description));
        }

        yield return Section("วิธีใช้ (usage)", new Text(string.Join('\n', Usage(model, command, runs, arguments, subcommands))));

        // The program's own help shows one example of each command; a command's, its own and its branch's.
        var examples = command is null ? [.. subcommands.SelectMany(c => c.Examples.Take(1))]
            : runs!.Examples.Concat(runs == command ? [] : container.Examples).Distinct().ToList();
        if (examples.Count > 0)
        {
            yield return Section("ตัวอย่าง (examples)", new Text(string.Join('\n', examples.Select(e => $"{model.ApplicationName} {string.Join(' ', e.Select(Quoted))}"))));
        }

        if (arguments.Count > 0)
        {
            yield return Section("ค่าที่ต้องระบุ (arguments)", Table(arguments.Select(a => (Argument(a), a.Description ?? ""))));
        }

        yield return Section("ตัวเลือก (options)", Table(
            new[] { ("-h, --help", "แสดงวิธีใช้นี้ (show this help)") }.Concat(options.Select(o => (Option(o), Described(o))))));

        if (subcommands.Count > 0)
        {
            yield return Section("คำสั่ง (commands)", Table(subcommands.Select(c =>
                (string.Join(' ', new[] { c.Name }.Concat(c.Parameters.OfType<ICommandArgument>().OrderBy(a => a.Position).Select(Argument))), c.Description ?? ""))));
        }
    }

    private static IEnumerable<string> Usage(ICommandModel model, ICommandInfo? command, ICommandInfo? runs, List<ICommandArgument> arguments, List<ICommandInfo> subcommands)
    {
        var path = string.Join(' ', new[] { model.ApplicationName }.Concat(Path(command)));
        if (runs is not null && !runs.IsBranch)
        {
            yield return string.Join(' ', new[] { path }.Concat(arguments.Select(Argument)).Append("[ตัวเลือก (OPTIONS)]"));
        }

        if (subcommands.Count > 0)
        {
            yield return $"{path} <คำสั่ง (COMMAND)> [ตัวเลือก (OPTIONS)]";
        }
    }

    private static IEnumerable<string> Path(ICommandInfo? command) =>
        command is null ? [] : Path(command.Parent).Append(command.Name);

    private static string Argument(ICommandArgument argument) => argument.IsRequired ? $"<{argument.Value}>" : $"[{argument.Value}]";

    private static string Option(ICommandOption option) =>
        string.Join(", ", option.ShortNames.Select(n => $"-{n}").Concat(option.LongNames.Select(n => $"--{n}")))
        + (option.IsFlag || option.ValueName is null ? "" : option.ValueIsOptional ? $" [{option.ValueName}]" : $" <{option.ValueName}>");

    private static string Described(ICommandOption option) =>
        (option.Description ?? "") + (option.DefaultValue?.Value is { } value && !option.IsFlag ? $" ค่าเริ่มต้น (default): {value}" : "");

    private static string Quoted(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;

    private static Rows Section(string heading, IRenderable body) =>
        new Rows(new Text(heading, new Style(Color.Yellow, decoration: Decoration.Bold)), new Padder(body, new Padding(4, 0, 0, 1)));

    private static Grid Table(IEnumerable<(string Name, string Description)> rows)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(4)).AddColumn();
        foreach (var (name, description) in rows)
        {
            grid.AddRow(new Text(name), new Text(description));
        }

        return grid;
    }
}
