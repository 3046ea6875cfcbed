using System.Collections.Concurrent;

namespace Portal.Extensions;

/// <summary>
/// What features keep between the builds of one <see cref="BuildSession"/> (<c>portal serve</c> rebuilds after every save),
/// one object per type, made on first use: the search feature keeps the text of each PDF here.
/// </summary>
public sealed class SessionState
{
    private readonly ConcurrentDictionary<Type, object> _values = new();

    public T Get<T>() where T : class, ISessionState, new() => (T)_values.GetOrAdd(typeof(T), _ => new T());

    /// <summary>The kept objects of type <typeparamref name="T"/> (those that add to the summary of <c>portal build</c>).</summary>
    public IEnumerable<T> All<T>() => _values.Values.OfType<T>().OrderBy(v => v!.GetType().FullName, StringComparer.Ordinal);

    /// <summary>Tells every kept object that a build starts (counts of what one build did start again).</summary>
    internal void StartBuild()
    {
        foreach (var value in _values.Values.Cast<ISessionState>())
        {
            value.StartBuild();
        }
    }
}

/// <summary>What a kept object adds to the summary <c>portal build</c> prints after a successful build.</summary>
public interface IBuildSummary
{
    /// <param name="verbose">With <c>--verbose</c>: the details (each file) too.</param>
    IEnumerable<string> Lines(bool verbose);
}

/// <summary>An object a feature keeps in <see cref="SessionState"/>.</summary>
public interface ISessionState
{
    /// <summary>A build of the session starts.</summary>
    void StartBuild();
}
