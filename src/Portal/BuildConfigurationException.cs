namespace Portal;

/// <summary>The build cannot start: a folder is missing or the options contradict each other (exit code 2, not a content error).</summary>
public sealed class BuildConfigurationException(string thaiMessage, string englishMessage) : Exception(englishMessage)
{
    public string ThaiMessage { get; } = thaiMessage;
}
