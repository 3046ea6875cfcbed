namespace Portal.Content;

/// <summary>
/// What a watcher saw change under <c>input/</c> since the last build, as paths inside it (with <c>/</c>),
/// or <see cref="Unknown"/>: nothing was watched, or the watcher lost track (its buffer overflowed).
/// </summary>
public sealed class InputChanges
{
    private InputChanges(IReadOnlySet<string>? paths) => Paths = paths;

    public static InputChanges Unknown { get; } = new(null);

    /// <summary>Null when unknown: anything may have changed.</summary>
    public IReadOnlySet<string>? Paths { get; }

    public static InputChanges Of(IEnumerable<string> relativePaths) => new(relativePaths.ToHashSet(StringComparer.Ordinal));
}
