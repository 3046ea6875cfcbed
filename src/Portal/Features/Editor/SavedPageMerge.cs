using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Editor;

/// <summary>
/// What the web editor saves, merged into the page as it is on disk, so a one-word edit changes one line. Decap writes
/// the whole file anew: front matter in its form's order and quoting, Markdown through its own printer (<c>-</c> becomes
/// <c>*</c>, <c>---</c> becomes <c>- - -</c>, tables re-padded). The merge keeps the original text of every front-matter
/// key whose value (as YAML reads it) did not change, and of every body line whose meaning did not: lines are aligned
/// after the printer's changes are set aside. The saved text decides everything else, so no edit is lost.
/// </summary>
public static partial class SavedPageMerge
{
    private const string Fence = "---";

    public static string Merge(string original, string saved)
    {
        var (originalMatter, originalBody) = Split(original);
        var (savedMatter, savedBody) = Split(saved);
        if (originalMatter is null || savedMatter is null)
        {
            return saved;
        }

        var matter = MergeFrontMatter(originalMatter, savedMatter);
        if (matter is null)
        {
            return saved;
        }

        var body = MergeLines(originalBody, savedBody);
        return $"{Fence}\n{matter}{Fence}\n{body}";
    }

    /// <summary>The front matter's text (each line ending in a newline) and the body, or a null front matter if there is none.</summary>
    private static (string? Matter, string[] Body) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0] != Fence)
        {
            return (null, lines);
        }

        var end = Array.IndexOf(lines, Fence, 1);
        if (end < 0)
        {
            return (null, lines);
        }

        var matter = new StringBuilder();
        foreach (var line in lines[1..end])
        {
            matter.Append(line).Append('\n');
        }

        return (matter.ToString(), lines[(end + 1)..]);
    }

    /// <summary>Key by key: the original's text where the value is the same, else the saved text; null if either does not parse.</summary>
    private static string? MergeFrontMatter(string original, string saved)
    {
        var originalKeys = Keys(original);
        var savedKeys = Keys(saved);
        if (originalKeys is null || savedKeys is null)
        {
            return null;
        }

        var result = new StringBuilder(originalKeys.Preamble);
        foreach (var (key, (node, text)) in originalKeys.Entries)
        {
            if (savedKeys.Entries.TryGetValue(key, out var now))
            {
                result.Append(SameValue(node, now.Node) ? text : now.Text);
            }
        }

        foreach (var (key, (_, text)) in savedKeys.Entries.Where(e => !originalKeys.Entries.ContainsKey(e.Key)))
        {
            result.Append(text);
        }

        return result.ToString();
    }

    private sealed record KeyTexts(string Preamble, Dictionary<string, (YamlNode Node, string Text)> Entries);

    /// <summary>Each top-level key with its value and the lines that write it (up to the next key), in file order.</summary>
    private static KeyTexts? Keys(string matter)
    {
        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(matter));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return null;
            }

            mapping = root;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }

        var lines = matter.Split('\n');
        var starts = mapping.Children.Select(c => (Key: (c.Key as YamlScalarNode)?.Value ?? "", Line: (int)c.Key.Start.Line - 1, c.Value)).ToList();
        var entries = new Dictionary<string, (YamlNode, string)>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Line : lines.Length - 1;
            var text = string.Concat(lines[starts[i].Line..end].Select(l => l + "\n"));
            if (!entries.TryAdd(starts[i].Key, (starts[i].Value, text)))
            {
                return null;
            }
        }

        var preamble = string.Concat(lines[..(starts.Count > 0 ? starts[0].Line : 0)].Select(l => l + "\n"));
        return new KeyTexts(preamble, entries);
    }

    /// <summary>The same value as YAML reads it, whatever the quoting or the flow or block style.</summary>
    private static bool SameValue(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => (x.Value ?? "") == (y.Value ?? ""),
        (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => SameValue(p.First, p.Second)),
        (YamlMappingNode x, YamlMappingNode y) => x.Children.Count == y.Children.Count
            && x.Children.All(p => y.Children.TryGetValue(p.Key, out var other) && SameValue(p.Value, other)),
        _ => false,
    };

    /// <summary>The saved lines, each replaced by the original line it means the same as, aligned in order (longest common subsequence).</summary>
    private static string MergeLines(string[] original, string[] saved)
    {
        var a = original.Select(Meaning).ToArray();
        var b = saved.Select(Meaning).ToArray();
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var result = new List<string>();
        int x = 0, y = 0;
        while (y < b.Length)
        {
            if (x < a.Length && a[x] == b[y])
            {
                result.Add(original[x++]);
                y++;
            }
            else if (x < a.Length && common[x + 1, y] >= common[x, y + 1])
            {
                x++;
            }
            else
            {
                result.Add(saved[y++]);
            }
        }

        return string.Join('\n', result);
    }

    /// <summary>
    /// A line with what Decap's Markdown printer changes set aside: list markers, thematic breaks, table padding and
    /// dashes, emphasis written with <c>_</c> or <c>*</c>, backslash escapes, and spacing.
    /// </summary>
    private static string Meaning(string line)
    {
        var text = line.Trim();
        if (ThematicBreak().IsMatch(text))
        {
            return "---";
        }

        text = BulletMarker().Replace(text, "-");
        text = Escape().Replace(text, "$1");
        text = text.Replace('_', '*');
        text = Dashes().Replace(text, "-");
        return Whitespace().Replace(text, "");
    }

    [GeneratedRegex(@"^(?:[-*_][ \t]*){3,}$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^[-*+](?=\s)")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
