using Portal.Thai;

namespace Portal.Features.Search;

/// <summary>
/// Finds the words inside Thai compounds that ICU keeps whole. ICU's dictionary has
/// <c>ปีงบประมาณ</c> as one word but cuts a query for <c>งบประมาณ</c> into <c>งบ|ประมาณ</c>; a page
/// that only says ปีงบประมาณ would never match. A term that can be written as two or more other
/// terms of the same site (each at least two letters long) is also indexed under those parts, at a
/// lower weight. The fewest parts win, so a split follows the longest words the site uses.
/// </summary>
internal sealed class CompoundSplitter(IReadOnlySet<string> vocabulary)
{
    public const int MinimumPartLength = 2;

    /// <summary>How much a part found inside a compound counts compared with the word standing alone.</summary>
    public const double PartWeight = 0.5;

    /// <summary>The parts of <paramref name="term"/>, or an empty list when it is not a compound of known terms.</summary>
    public IReadOnlyList<string> Split(string term)
    {
        if (term.Length < 2 * MinimumPartLength || !IsThai(term))
        {
            return [];
        }

        // fewest[i]: the fewest known parts that make term[..i]; from[i]: where the last of them starts.
        var fewest = new int[term.Length + 1];
        var from = new int[term.Length + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        for (var end = MinimumPartLength; end <= term.Length; end++)
        {
            for (var start = 0; start <= end - MinimumPartLength; start++)
            {
                if (fewest[start] == int.MaxValue || (start == 0 && end == term.Length) || !vocabulary.Contains(term[start..end]))
                {
                    continue;
                }

                if (fewest[start] + 1 < fewest[end])
                {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (fewest[term.Length] == int.MaxValue)
        {
            return [];
        }

        var parts = new List<string>();
        for (var end = term.Length; end > 0; end = from[end])
        {
            parts.Add(term[from[end]..end]);
        }

        parts.Reverse();
        return parts;
    }

    private static bool IsThai(string term) => term.All(ThaiText.IsThai);
}
