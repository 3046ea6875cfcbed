using Spectre.Console;

namespace Portal.Commands;

/// <summary>Where a command prints: the terminal (for progress and colour), results to standard output, diagnostics to standard error.</summary>
public sealed record CliConsole(IAnsiConsole Terminal, TextWriter Output, TextWriter Errors);
