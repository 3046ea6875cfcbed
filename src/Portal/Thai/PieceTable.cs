using System.Collections.Concurrent;

namespace Portal.Thai;

/// <summary>
/// What pieces of text (<see cref="ThaiSegmenter.Pieces"/>) came to, remembered for every thread: a site repeats its
/// phrases, and working a piece out again (ICU's dictionary search) costs far more than looking it up. Pieces longer
/// than <paramref name="longestKept"/> rarely come again and are not kept. The table is bounded: when it passes
/// <paramref name="maxPieces"/> pieces or <paramref name="maxCharacters"/> characters it starts again, whatever the input.
/// </summary>
internal sealed class PieceTable<TValue>(int longestKept, int maxPieces, int maxCharacters)
    where TValue : class
{
    /// <summary>Works out what a piece comes to; called again for a piece after the table started again, so it must give the same.</summary>
    public delegate TValue Work(ReadOnlySpan<char> piece);

    private readonly ConcurrentDictionary<string, TValue> _kept = new(StringComparer.Ordinal);
    private readonly Lock _clearing = new();
    private int _keptPieces;
    private int _keptCharacters;

    public TValue GetOrAdd(ReadOnlySpan<char> piece, Work work)
    {
        if (piece.Length > longestKept)
        {
            return work(piece);
        }

        var lookup = _kept.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(piece, out var known))
        {
            return known;
        }

        var value = work(piece);
        if (Interlocked.Increment(ref _keptPieces) > maxPieces || Interlocked.Add(ref _keptCharacters, piece.Length) > maxCharacters)
        {
            lock (_clearing)
            {
                if (_keptPieces > maxPieces || _keptCharacters > maxCharacters)
                {
                    _kept.Clear();
                    _keptPieces = 0;
                    _keptCharacters = 0;
                }
            }
        }

        lookup.TryAdd(piece, value);
        return value;
    }
}
