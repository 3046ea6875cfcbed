using Portal.Features.Oit;
using Portal.Tests.WholeSite;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.Oit;

/// <summary>
/// What no public page may carry (issue 21): the catalogs' provenance (<c>source</c>) and maintainer notes (<c>note</c>),
/// the per-item verification note, and instructions for staff. Those belong in <c>portal coverage</c>, <c>portal check</c> and the docs.
/// </summary>
internal static class OitPublicText
{
    private static readonly string[] StaffPhrases = [OitCatalog.UnverifiedNote, "ยังไม่ได้อ่าน", "เจ้าหน้าที่เพิ่มได้", "oit: [", "ที่มาของรายการ"];

    /// <summary>"file: text" for every HTML file of the site that shows one of them.</summary>
    public static IReadOnlyList<string> Problems(BuiltSite site)
    {
        var forbidden = StaffPhrases.Concat(CatalogNotes(site.InputDirectory)).Distinct(StringComparer.Ordinal).ToList();
        return [.. site.HtmlFiles().SelectMany(file =>
        {
            var text = site.Html(file).Body?.TextContent ?? "";
            return forbidden.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"{file}: {f}");
        })];
    }

    /// <summary>Every <c>source</c> and <c>note</c> of every item of <c>_data/oit/*.yml</c>.</summary>
    private static IEnumerable<string> CatalogNotes(string input)
    {
        var folder = Path.Combine(input, "_data", "oit");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yml") : [])
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var items = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("items")];
            foreach (var item in items.Children.OfType<YamlMappingNode>())
            {
                foreach (var key in new[] { "source", "note" })
                {
                    if (item.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        yield return text;
                    }
                }
            }
        }
    }
}
