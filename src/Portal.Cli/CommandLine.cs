namespace Portal.Cli;

/// <summary>The parsed command line: a command name and its <c>--name value</c> options and flags.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options;

    private CommandLine(string command, Dictionary<string, string?> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    /// <summary>Parses <c>build --input x --drafts</c>. Options listed in <paramref name="flags"/> take no value.</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        if (args.Length == 0)
        {
            throw new UsageException("ไม่ได้ระบุคำสั่ง", "no command given");
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"ตัวเลือก {name} ต้องมีค่า", $"option {name} needs a value");
                }

                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"ไม่รู้จักตัวเลือก {name}", $"unknown option {name}");
            }
        }

        return new CommandLine(args[0], options);
    }

    public string Value(string name, string fallback) => _options.TryGetValue(name, out var value) && value is not null ? value : fallback;

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}
