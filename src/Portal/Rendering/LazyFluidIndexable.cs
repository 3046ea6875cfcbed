using Fluid.Values;

namespace Portal.Rendering;

/// <summary>A template object whose members are made the first time a template reads them, once per build (from any render thread).</summary>
internal sealed class LazyFluidIndexable(IReadOnlyDictionary<string, Lazy<FluidValue>> members) : IFluidIndexable
{
    public int Count => members.Count;

    public IEnumerable<string> Keys => members.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        value = members.TryGetValue(name, out var member) ? member.Value : NilValue.Instance;
        return member is not null;
    }
}
