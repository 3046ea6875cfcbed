using System.Collections;
using Fluid.Values;

namespace Portal.Rendering;

/// <summary>Turns the plain values of the model (dictionaries, lists, text, numbers) into Fluid values for templates.</summary>
public static class LiquidValues
{
    public static FluidValue From(object? value) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        string text => new StringValue(text),
        DateOnly date => new StringValue(Thai.ThaiDate.ToIso(date)),
        bool flag => BooleanValue.Create(flag),
        decimal number => NumberValue.Create(number),
        int number => NumberValue.Create(number),
        long number => NumberValue.Create(number),
        double number => NumberValue.Create((decimal)number),
        IReadOnlyDictionary<string, object?> dictionary => Map(dictionary.Select(kv => (kv.Key, From(kv.Value)))),
        IEnumerable sequence => new ArrayValue([.. sequence.Cast<object?>().Select(From)]),
        _ => new StringValue(value.ToString() ?? ""),
    };

    public static FluidValue Map(IEnumerable<(string Key, FluidValue Value)> members)
    {
        var dictionary = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (key, value) in members)
        {
            dictionary[key] = value;
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(dictionary));
    }

    public static FluidValue Text(string? text) => text is null ? NilValue.Instance : new StringValue(text);

    /// <summary>HTML the engine made itself (rendered Markdown, SVG): written as is, never encoded again.</summary>
    public static FluidValue Html(string html) => new StringValue(html, encode: false);

    public static FluidValue List<T>(IEnumerable<T> items, Func<T, FluidValue> convert) => new ArrayValue([.. items.Select(convert)]);
}
