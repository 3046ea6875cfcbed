using System.Buffers;

namespace Portal.Markdown;

/// <summary>
/// Markdig reads the destination after each <c>](</c> until a space, a line end or the closing bracket; when
/// none comes, it reads to the end of the run, for every opening in the run, which is quadratic: 60,000
/// unclosed <c>[a](</c> on one line take tens of seconds. This estimates that work in one linear pass
/// (every opening costs the rest of its run without spaces) so such a page is refused before parsing.
/// Real links close or meet a space quickly, so real pages stay far below the budget.
/// </summary>
internal static class LinkDestinationCost
{
    /// <summary>Characters Markdig may read for link destinations in one page: parsed in well under a second.</summary>
    public const long Budget = 10_000_000;

    /// <summary>What <see cref="char.IsWhiteSpace(char)"/> accepts, to find the end of a run without testing each character.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>The 1-based line where the estimated work passes <see cref="Budget"/>, or null when the page is cheap to parse.</summary>
    public static int? FirstCostlyLine(string text)
    {
        long cost = 0;
        for (var opening = text.IndexOf("](", StringComparison.Ordinal); opening >= 0;)
        {
            // Every opening in this run costs the characters from its '(' to the run's end.
            var runEnd = text.AsSpan(opening).IndexOfAny(WhiteSpace) is var length and >= 0 ? opening + length : text.Length;
            var first = opening;
            for (; opening >= 0 && opening < runEnd; opening = text.IndexOf("](", opening + 1, StringComparison.Ordinal))
            {
                cost += runEnd - (opening + 1);
            }

            if (cost > Budget)
            {
                return LineOf(text, first);
            }
        }

        return null;
    }

    /// <summary>The 1-based line of a position: lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
    private static int LineOf(string text, int position)
    {
        var before = text.AsSpan(0, position);
        return 1 + before.Count('\n') + before.Count('\r') - before.Count("\r\n");
    }
}
