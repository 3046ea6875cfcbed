using System.Globalization;
using System.Text;
using Portal.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Features.Oit;

/// <summary>
/// A new year's catalog made from the latest one, so staff can start before the NACC publishes its list: the
/// text is copied as it is (comments, sources, quoting and layout kept), and only three kinds of value change:
/// <c>fiscal_year</c>, the year in <c>framework</c>, and every item's <c>verified</c>, set to <c>false</c> until a
/// person checks it against the new manual. The values are found by reading the YAML, not by matching lines, so a
/// flow mapping (<c>{verified: true}</c>), a spaced or quoted key, and a <c>verified:</c> line inside a block scalar
/// (<c>|</c>, <c>&gt;</c>) are each what YAML says they are.
/// </summary>
internal static class OitCatalogCopy
{
    public static string Copy(string text, int fromYear, int toYear)
    {
        var from = fromYear.ToString(CultureInfo.InvariantCulture);
        var to = toYear.ToString(CultureInfo.InvariantCulture);
        var header = $"# คัดลอกจากรายการปี {from} ด้วย portal new catalog: ทุกรายการยังไม่ยืนยัน จนกว่าจะตรวจกับคู่มือ ITA ปี {to}\n" +
            $"# (copied from {from} by portal new catalog: every item is unverified until checked against the ITA {to} manual)\n";
        List<Edit> edits;
        try
        {
            edits = Edits(text, from, to);
        }
        catch (Exception e) when (e is YamlException or CheckedYamlParser.LimitException)
        {
            // A source that is not valid YAML is copied as it is; the copy is read before it is written, and refused with the problem.
            edits = [];
        }

        var copied = new StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            copied.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Text);
        }

        return header + copied;
    }

    /// <summary>Where each changed value is written in <paramref name="text"/>, and what it becomes.</summary>
    private static List<Edit> Edits(string text, string from, string to)
    {
        var parser = new CheckedYamlParser(new Parser(new StringReader(text)));
        var edits = new List<Edit>();
        var open = new List<Collection>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is MappingEnd or SequenceEnd)
            {
                open.RemoveAt(open.Count - 1);
                continue;
            }

            if (current is not (NodeEvent or AnchorAlias))
            {
                continue;
            }

            var parent = open.Count > 0 ? open[^1] : null;
            string? key = null;
            if (parent is { IsMapping: true })
            {
                if (parent.ExpectsKey)
                {
                    parent.Key = (current as Scalar)?.Value;
                    parent.ExpectsKey = false;
                }
                else
                {
                    key = parent.Key;
                    parent.ExpectsKey = true;
                }
            }

            if (key is not null && Replacement(open, key, current, text, from, to) is { } replacement)
            {
                var start = (int)current.Start.Index;
                edits.Add(new Edit(start, (int)current.End.Index - start, replacement));
            }

            if (current is MappingStart or SequenceStart)
            {
                open.Add(new Collection(current is MappingStart));
            }
        }

        return edits;
    }

    /// <summary>The new text of a value, or null to keep it: the root's <c>fiscal_year</c> and <c>framework</c>, and <c>verified</c> of an entry of the root's <c>items</c>.</summary>
    private static string? Replacement(List<Collection> open, string key, ParsingEvent value, string text, string from, string to)
    {
        var written = text[(int)value.Start.Index..(int)value.End.Index];
        var anchor = value is Scalar { Anchor.IsEmpty: false } anchored ? $"&{anchored.Anchor.Value} " : "";
        return (open.Count, key) switch
        {
            (1, "fiscal_year") when value is Scalar && open[0].IsMapping => anchor + to,
            (1, "framework") when value is Scalar && open[0].IsMapping => written.Replace(from, to, StringComparison.Ordinal),
            (3, "verified") when open[0] is { IsMapping: true, Key: "items" } && !open[1].IsMapping && open[2].IsMapping
                && value is AnchorAlias or Scalar { Value: not "false" } => anchor + "false",
            _ => null,
        };
    }

    private sealed record Edit(int Start, int Length, string Text);

    private sealed class Collection(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        /// <summary>In a mapping: whether the next node is a key (else the value of <see cref="Key"/>).</summary>
        public bool ExpectsKey { get; set; } = true;

        /// <summary>In a mapping: the key being read, when it is a scalar.</summary>
        public string? Key { get; set; }
    }
}
