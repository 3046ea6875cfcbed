namespace Portal.Diagnostics;

/// <summary>Suggests the nearest known word for a typo, by edit distance.</summary>
public static class DidYouMean
{
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        var lowered = word.ToLowerInvariant();
        var best = candidates
            .Select(c => (Candidate: c, Distance: EditDistance(lowered, c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        var limit = Math.Max(2, word.Length / 3);
        return best.Candidate is not null && best.Distance <= limit ? best.Candidate : null;
    }

    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
