namespace Portal.Commands;

/// <summary>The command line is wrong in a way the parser does not catch itself (exit code 2).</summary>
public sealed class UsageException(string thaiMessage, string englishMessage) : Exception(englishMessage)
{
    public string ThaiMessage { get; } = thaiMessage;
}
