using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Search;

/// <summary>
/// <c>input/_data/search-synonyms.yml</c>: groups of words a searcher uses for the same thing, one group a line as a
/// YAML list (<c>- [เบอร์โทร, โทรศัพท์, ติดต่อ, contact]</c>); staff add words citizens type (docs/content.md). The
/// index gives a page that holds one word of a group the other words of the group too, weighted as
/// <see cref="Weight"/>, so a query with any of them finds it, and the page with the word itself still ranks first.
/// An entry that is not a list of two or more words with letters or digits is left out with a warning at its line.
/// </summary>
internal static class SearchSynonyms
{
    public const string DataKey = "search-synonyms";

    /// <summary>How much a word of a group counts in a page that holds another word of the group (a compound's part counts as much).</summary>
    public const double Weight = CompoundSplitter.PartWeight;

    /// <summary>The groups of the site's data files, each word as its search terms; bad entries left out.</summary>
    public static IReadOnlyList<IReadOnlyList<string[]>> From(IEnumerable<DataFile> data) => Read(data, null);

    /// <summary>Reports each bad entry (PT101, a warning: the search works without it).</summary>
    public static void Validate(IEnumerable<DataFile> data, DiagnosticBag diagnostics) => Read(data, diagnostics);

    private static List<IReadOnlyList<string[]>> Read(IEnumerable<DataFile> data, DiagnosticBag? diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == DataKey) is not { Yaml: { } root } file)
        {
            return [];
        }

        var source = new YamlSource(file.DisplayPath, FirstLine: 1);
        if (root is not YamlSequenceNode groups)
        {
            Warn(diagnostics, source.Location(root), "ไฟล์ต้องเป็นรายการของกลุ่มคำ บรรทัดละหนึ่งกลุ่ม เช่น - [เบอร์โทร, โทรศัพท์, ติดต่อ]",
                "the file must be a list of word groups, one group a line, such as - [เบอร์โทร, โทรศัพท์, ติดต่อ]");
            return [];
        }

        var result = new List<IReadOnlyList<string[]>>();
        foreach (var group in groups.Children)
        {
            if (group is not YamlSequenceNode words || words.Children.Count < 2 || words.Children.Any(w => w is not YamlScalarNode))
            {
                Warn(diagnostics, source.Location(group), "กลุ่มคำต้องเป็นรายการคำอย่างน้อยสองคำในวงเล็บเหลี่ยม เช่น - [ร้องเรียน, ร้องทุกข์] จึงไม่ได้ใช้กลุ่มนี้",
                    "a group must be a list of two or more words in square brackets, such as - [ร้องเรียน, ร้องทุกข์], so this group is not used");
                continue;
            }

            var terms = new List<string[]>();
            foreach (var word in words.Children.Cast<YamlScalarNode>())
            {
                var wordTerms = SearchText.Terms(word.Value ?? "").ToArray();
                if (wordTerms.Length == 0)
                {
                    Warn(diagnostics, source.Location(word), $"'{word.Value}' ไม่มีตัวอักษรหรือตัวเลขที่ค้นหาได้ จึงไม่ได้ใช้คำนี้",
                        $"'{word.Value}' has no letter or digit to search for, so this word is not used");
                    continue;
                }

                terms.Add(wordTerms);
            }

            if (terms.Count >= 2)
            {
                result.Add(terms);
            }
        }

        return result;
    }

    private static void Warn(DiagnosticBag? diagnostics, SourceLocation location, string thai, string english) =>
        diagnostics?.Add(Diagnostic.Warning(DiagnosticCode.SearchSynonymInvalid, location, thai, english));
}
