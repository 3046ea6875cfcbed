namespace Portal.Extensions;

/// <summary>
/// Typed values that a feature attaches to a core object (a page's front matter, an attachment, the build options,
/// a session), one per type: the feature that puts a value knows its type and reads it back typed, and the core
/// carries it without knowing what it is. Immutable; <see cref="With{T}"/> gives a new set.
/// </summary>
public sealed class FeatureData
{
    private readonly IReadOnlyDictionary<Type, object> _values;

    private FeatureData(IReadOnlyDictionary<Type, object> values) => _values = values;

    public static readonly FeatureData Empty = new(new Dictionary<Type, object>());

    /// <summary>The value of type <typeparamref name="T"/>, or null when no feature put one.</summary>
    public T? Get<T>() where T : class => _values.GetValueOrDefault(typeof(T)) as T;

    /// <summary>These values, with <paramref name="value"/> in place of any earlier value of its type.</summary>
    public FeatureData With<T>(T value) where T : class => With(typeof(T), value);

    /// <summary>The same, for a value whose type is known only at run time (a front-matter key's reader returns an object).</summary>
    public FeatureData With(Type type, object value) => new(new Dictionary<Type, object>(_values) { [type] = value });
}
