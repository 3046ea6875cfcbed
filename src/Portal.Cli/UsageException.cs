namespace Portal.Cli;

/// <summary>The command line is wrong in a way the parser does not catch itself (exit code 2).</summary>
internal sealed class UsageException(string thaiMessage, string englishMessage) : Exception(englishMessage)
{
    public string ThaiMessage { get; } = thaiMessage;
}
