using Portal.Output;

namespace Portal;

/// <summary>
/// A build of <see cref="BuildSession.Preview"/>: its pages are written; the files of the deferrable
/// outputs (<see cref="IDeferrableOutput"/>) may still be the ones an earlier build made.
/// </summary>
public sealed class PreviewBuild
{
    private readonly Func<bool>? _complete;

    internal PreviewBuild(BuildResult result, Func<bool>? complete)
    {
        Result = result;
        _complete = complete;
    }

    public BuildResult Result { get; }

    /// <summary>The deferrable outputs still hold an earlier build's files.</summary>
    public bool Pending => _complete is not null;

    /// <summary>
    /// Makes the deferrable outputs from this build's pages and writes the whole site again, which is then
    /// byte for byte a full build's. Does nothing, and returns false, when the session has built since. It may
    /// run on another thread beside the session's next build (the one thing a session allows at the same time).
    /// </summary>
    public bool Complete() => _complete?.Invoke() ?? false;
}
