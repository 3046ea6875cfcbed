using Portal.Markdown;

namespace Portal.Tests.Unit;

public sealed class LinkDestinationCostTests
{
    [Fact]
    public void A_page_without_unclosed_openings_is_cheap() =>
        Assert.Null(LinkDestinationCost.FirstCostlyLine("ดู [ประกาศ](/news/) และ [แผน](plan.md)\n"));

    [Theory]
    [InlineData("\n", 4)]
    [InlineData("\r\n", 4)]
    [InlineData("\r", 4)]
    public void The_costly_line_counts_every_kind_of_line_end(string lineEnd, int expectedLine)
    {
        var text = string.Join(lineEnd, "ย่อหน้า", "", "ข้อความ", string.Concat(Enumerable.Repeat("[a](", 5_000)));

        Assert.Equal(expectedLine, LinkDestinationCost.FirstCostlyLine(text));
    }

    [Fact]
    public void A_unicode_space_ends_a_run_as_an_ascii_space_does()
    {
        var openings = string.Concat(Enumerable.Repeat("[a](", 5_000));

        Assert.NotNull(LinkDestinationCost.FirstCostlyLine(openings));
        Assert.Null(LinkDestinationCost.FirstCostlyLine(string.Join('\u3000', Enumerable.Repeat(openings[..400], 50))));
    }

    /// <summary>The search by runs gives the line the character-by-character estimate gave, on mixed random text.</summary>
    [Fact]
    public void The_estimate_matches_a_character_by_character_count()
    {
        var random = new Random(20261129);
        string[] pieces = ["[a](", "](", "x", "ก", " ", "\u00A0", "\n", "\r\n", "\r", "(", "]"];
        for (var sample = 0; sample < 200; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6_000)).Select(_ => pieces[random.Next(pieces.Length)]))
                + string.Concat(Enumerable.Repeat("[a](", random.Next(0, 3_000)));

            Assert.Equal(CharacterByCharacter(text), LinkDestinationCost.FirstCostlyLine(text));
        }
    }

    private static int? CharacterByCharacter(string text)
    {
        long cost = 0;
        var line = 1;
        var runLine = 1;
        var openings = new List<int>();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                cost += openings.Sum(p => (long)(i - p));
                if (cost > LinkDestinationCost.Budget)
                {
                    return runLine;
                }

                openings.Clear();
                line += i < text.Length && (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) ? 1 : 0;
                runLine = line;
            }
            else if (text[i] == '(' && i > 0 && text[i - 1] == ']')
            {
                openings.Add(i);
            }
        }

        return null;
    }
}
