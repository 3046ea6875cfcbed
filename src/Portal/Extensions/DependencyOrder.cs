namespace Portal.Extensions;

/// <summary>
/// Orders items so that each comes after what it depends on, and otherwise in the order given (Kahn's algorithm,
/// always taking the earliest ready item), so an order is never implied by a list alone and never changes between runs.
/// </summary>
public static class DependencyOrder
{
    /// <param name="dependsOn">The types an item must come after; each must be the type of some item.</param>
    /// <exception cref="InvalidOperationException">A dependency names no item, or the dependencies form a cycle.</exception>
    public static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, Func<T, IReadOnlyList<Type>> dependsOn, string what) where T : notnull
    {
        var types = items.Select(i => i.GetType()).ToList();
        var waitingFor = new List<HashSet<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var before = new HashSet<int>();
            foreach (var dependency in dependsOn(items[i]))
            {
                var found = Enumerable.Range(0, items.Count).Where(j => dependency.IsAssignableFrom(types[j])).ToList();
                if (found.Count == 0)
                {
                    throw new InvalidOperationException($"{what} {types[i].Name} depends on {dependency.Name}, which is not registered");
                }

                before.UnionWith(found.Where(j => j != i));
            }

            waitingFor.Add(before);
        }

        var done = new bool[items.Count];
        var ordered = new List<T>(items.Count);
        while (ordered.Count < items.Count)
        {
            var next = Enumerable.Range(0, items.Count).FirstOrDefault(i => !done[i] && waitingFor[i].All(j => done[j]), -1);
            if (next < 0)
            {
                var cycle = string.Join(", ", Enumerable.Range(0, items.Count).Where(i => !done[i]).Select(i => types[i].Name));
                throw new InvalidOperationException($"the {what} dependencies form a cycle among {cycle}");
            }

            done[next] = true;
            ordered.Add(items[next]);
        }

        return ordered;
    }
}
