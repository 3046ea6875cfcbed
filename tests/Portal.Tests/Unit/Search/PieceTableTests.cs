using Portal.Thai;

namespace Portal.Tests.Unit.Search;

/// <summary>
/// The table that remembers what pieces of text came to (issue 20: ICU's dictionary search was the largest cost of the
/// search index): each piece is worked out once, long pieces are never kept, and the table stays within its bounds.
/// </summary>
public sealed class PieceTableTests
{
    [Fact]
    public void A_piece_is_worked_out_once_and_then_looked_up()
    {
        var table = new PieceTable<string>(longestKept: 10, maxPieces: 100, maxCharacters: 1000);
        var worked = 0;
        string Work(ReadOnlySpan<char> piece)
        {
            worked++;
            return piece.ToString().ToUpperInvariant();
        }

        Assert.Equal("ABC", table.GetOrAdd("abc", Work));
        Assert.Equal("ABC", table.GetOrAdd("xabcx".AsSpan(1, 3), Work));
        Assert.Equal("DEF", table.GetOrAdd("def", Work));
        Assert.Equal(2, worked);
    }

    [Fact]
    public void A_piece_longer_than_the_limit_is_worked_out_every_time()
    {
        var table = new PieceTable<string>(longestKept: 3, maxPieces: 100, maxCharacters: 1000);
        var worked = 0;

        table.GetOrAdd("abcd", piece => (++worked).ToString());
        table.GetOrAdd("abcd", piece => (++worked).ToString());
        table.GetOrAdd("abc", piece => (++worked).ToString());
        table.GetOrAdd("abc", piece => (++worked).ToString());

        Assert.Equal(3, worked);
    }

    [Theory]
    [InlineData(3, 1000)] // bounded by pieces
    [InlineData(1000, 5)] // bounded by characters
    public void The_table_starts_again_when_it_passes_a_bound(int maxPieces, int maxCharacters)
    {
        var table = new PieceTable<string>(longestKept: 10, maxPieces, maxCharacters);
        var worked = new List<string>();
        string Work(ReadOnlySpan<char> piece)
        {
            worked.Add(piece.ToString());
            return piece.ToString();
        }

        foreach (var piece in new[] { "aa", "bb", "cc", "dd", "aa" })
        {
            Assert.Equal(piece, table.GetOrAdd(piece, Work));
        }

        // A bound was passed before the second "aa": the table had started again, so "aa" was worked out again.
        Assert.Equal(["aa", "bb", "cc", "dd", "aa"], worked);
    }

    [Fact]
    public void Threads_share_the_table_and_agree()
    {
        var table = new PieceTable<int[]>(longestKept: 20, maxPieces: 50, maxCharacters: 500);
        var pieces = Enumerable.Range(0, 200).Select(i => $"ชิ้น{i % 80}").ToArray();

        Parallel.For(0, 20_000, i =>
        {
            var piece = pieces[i % pieces.Length];
            var value = table.GetOrAdd(piece, p => [p.Length, p[^1]]);
            Assert.Equal([piece.Length, piece[^1]], value);
        });
    }
}
