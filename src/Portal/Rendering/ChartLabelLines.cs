using System.Globalization;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// Breaks a chart label into lines that fit the chart's width. SVG text does not wrap, so the lines are made at build
/// time: breaks fall only between words as ICU's Thai dictionary cuts them (the same segmenter the search index uses,
/// and the one browsers use to break lines), never inside a word of <c>thai-words.txt</c>, never after an opening
/// bracket or quote. Widths are estimated from the characters, as the build cannot measure the reader's font.
/// </summary>
internal static class ChartLabelLines
{
    /// <summary>
    /// Estimated width of one character, in viewBox units at the chart's 15px text: measured in Chromium with Loma
    /// (the Thai font of fonts-thai-tlwg), a Thai letter is 9.0 wide and a Latin one 7.2; a little more covers
    /// wider fonts. Vowels and tone marks above or below a letter take no width.
    /// </summary>
    private const decimal CharacterWidth = 10m;

    /// <summary>Capital Latin letters are the widest common characters (M and W reach 12.6 in Loma).</summary>
    private const decimal CapitalWidth = 13m;

    private const decimal SpaceWidth = 5m;

    /// <summary>The label's lines, each estimated no wider than <paramref name="width"/> unless one word alone is wider.</summary>
    public static IReadOnlyList<string> Break(string label, decimal width, KeepWordList keepWords)
    {
        if (EstimatedWidth(label) <= width)
        {
            return [label];
        }

        var lines = new List<string>();
        var lineStart = 0;
        var lastFit = 0;
        foreach (var breakAt in BreakPositions(label, keepWords).Append(label.Length))
        {
            if (EstimatedWidth(label.AsSpan(lineStart, breakAt - lineStart).TrimEnd()) <= width || lastFit == lineStart)
            {
                lastFit = breakAt;
                continue;
            }

            lines.Add(label[lineStart..lastFit].Trim());
            lineStart = lastFit;
            lastFit = breakAt;
        }

        lines.Add(label[lineStart..].Trim());
        return lines;
    }

    /// <summary>Where a line may start: at each word but the first, before any opening bracket or quote that leads into it, outside listed words.</summary>
    private static IEnumerable<int> BreakPositions(string label, KeepWordList keepWords)
    {
        var kept = keepWords.Stretches(label);
        foreach (var word in ThaiSegmenter.Words(label))
        {
            var position = word.Start.Value;
            while (position > 0 && OpensSomething(label[position - 1]))
            {
                position--;
            }

            if (position > 0 && !IsInside(kept, position))
            {
                yield return position;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="position"/> falls strictly inside one of <paramref name="stretches"/> (in order, apart), by
    /// binary search: a label from a data file can hold as many listed words as words, and a scan per word was quadratic.
    /// </summary>
    private static bool IsInside(IReadOnlyList<Range> stretches, int position)
    {
        var (low, high) = (0, stretches.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (position <= stretches[middle].Start.Value)
            {
                high = middle - 1;
            }
            else if (position >= stretches[middle].End.Value)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensSomething(char c) =>
        c is '"' or '\'' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation;

    internal static decimal EstimatedWidth(ReadOnlySpan<char> text)
    {
        var width = 0m;
        foreach (var c in text)
        {
            width += c switch
            {
                ' ' => SpaceWidth,
                _ when char.IsAsciiLetterUpper(c) => CapitalWidth,
                _ when CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => 0,
                _ => CharacterWidth,
            };
        }

        return width;
    }
}
