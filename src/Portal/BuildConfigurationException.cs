namespace Portal;

/// <summary>
/// The build cannot start or cannot finish for a reason outside the content: a folder is missing, the options
/// contradict each other, or the output folder cannot be written (exit code 2, not a content error).
/// </summary>
public sealed class BuildConfigurationException(string thaiMessage, string englishMessage, Exception? cause = null) : Exception(englishMessage, cause)
{
    public string ThaiMessage { get; } = thaiMessage;
}
