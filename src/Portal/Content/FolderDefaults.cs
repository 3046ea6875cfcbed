using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// A folder's <c>_defaults.yml</c>: front-matter keys (<c>kind</c> among them) given to every page below
/// the folder, as Hugo's section front matter cascades. A page's own keys win, and a nearer folder's
/// defaults win over a farther one's. The folder's own <c>index.md</c> is the section's page, not one
/// of its items, and takes none of them.
/// </summary>
/// <param name="Folder">The folder inside <c>input/</c>, with <c>/</c> separators; empty for <c>input/</c> itself.</param>
public sealed record FolderDefaults(string Folder, FrontMatterDocument Document)
{
    public const string FileName = "_defaults.yml";

    public YamlMappingNode Mapping => Document.Mapping;

    /// <summary>The defaults that apply to the page at <paramref name="pagePath"/>, farthest folder first.</summary>
    public static IReadOnlyList<FolderDefaults> For(string pagePath, IReadOnlyDictionary<string, FolderDefaults> byFolder)
    {
        if (byFolder.Count == 0)
        {
            return [];
        }

        var folder = Path.GetDirectoryName(pagePath)?.Replace('\\', '/') ?? "";
        var isSectionPage = Path.GetFileName(pagePath) == "index.md";
        var chain = new List<FolderDefaults>();
        for (var current = folder; ; current = Parent(current))
        {
            if ((!isSectionPage || current != folder) && byFolder.TryGetValue(current, out var defaults))
            {
                chain.Add(defaults);
            }

            if (current.Length == 0)
            {
                break;
            }
        }

        chain.Reverse();
        return chain;
    }

    private static string Parent(string folder) => folder.LastIndexOf('/') is var slash and >= 0 ? folder[..slash] : "";
}
