using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Kinds;

/// <summary>The page kinds of a build, found by name or by the layout a page names, and the front-matter keys every kind shares.</summary>
public sealed class PageKindRegistry
{
    private readonly Dictionary<string, PageKind> _byName;

    /// <param name="sharedKeys">Front-matter keys features add to every kind (<see cref="SharedFrontMatterKey"/>).</param>
    public PageKindRegistry(IEnumerable<PageKind> kinds, IEnumerable<SharedFrontMatterKey>? sharedKeys = null)
    {
        SharedKeys = [.. sharedKeys ?? []];
        All = [.. kinds];
        _byName = new Dictionary<string, PageKind>(StringComparer.Ordinal);
        foreach (var kind in All)
        {
            if (!_byName.TryAdd(kind.Name, kind))
            {
                throw new ArgumentException($"two page kinds are named '{kind.Name}'", nameof(kinds));
            }
        }

        Default = _byName.GetValueOrDefault(ContentPageKind.KindName)
            ?? throw new ArgumentException($"the '{ContentPageKind.KindName}' kind must be registered", nameof(kinds));
    }

    public IReadOnlyList<PageKind> All { get; }

    /// <summary>Keys every page accepts beside the common ones (<see cref="FrontMatterKeys"/>) and its kind's own.</summary>
    public IReadOnlyList<SharedFrontMatterKey> SharedKeys { get; }

    /// <summary>The kind of a page that names none and whose layout belongs to no kind.</summary>
    public PageKind Default { get; }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public PageKind? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The kind whose layout a page names: <c>layout: news</c> makes a news item, as it did before
    /// kinds existed. The default kind is not matched this way, so its layout stays a plain layout.
    /// </summary>
    public PageKind? ForLayout(string layout) => All.FirstOrDefault(k => k != Default && k.Layout == layout);

    public (string Thai, string English) Hint(string name) => DidYouMean.Hint(name, Names);
}
