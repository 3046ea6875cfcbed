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

    /// <summary>The 1-based line where the estimated work passes <see cref="Budget"/>, or null when the page is cheap to parse.</summary>
    public static int? FirstCostlyLine(string text)
    {
        long cost = 0;
        long openings = 0;
        long openingPositions = 0;
        var line = 1;
        var runLine = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                cost += (openings * i) - openingPositions;
                if (cost > Budget)
                {
                    return runLine;
                }

                openings = 0;
                openingPositions = 0;
                if (i < text.Length && (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))))
                {
                    line++;
                }

                runLine = line;
                continue;
            }

            if (text[i] == '(' && i > 0 && text[i - 1] == ']')
            {
                openings++;
                openingPositions += i;
            }
        }

        return null;
    }
}
