using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Tests.Unit;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tilte", "title")]
    [InlineData("TITLE", "title")]
    [InlineData("fiscalyear", "fiscal_year")]
    [InlineData("fiscal_yaer", "fiscal_year")]
    [InlineData("tag", "tags")]
    [InlineData("attachements", "attachments")]
    [InlineData("lay_out", "layout")]
    [InlineData("dates", "date")]
    public void Suggests_the_nearest_front_matter_key(string typo, string expected) =>
        Assert.Equal(expected, DidYouMean.Suggest(typo, FrontMatterKeys.All));

    [Theory]
    [InlineData("colour")]
    [InlineData("author")]
    [InlineData("หัวเรื่อง")]
    [InlineData("x")]
    public void Suggests_nothing_when_every_key_is_far(string word) =>
        Assert.Null(DidYouMean.Suggest(word, FrontMatterKeys.All));

    [Fact]
    public void Suggests_nothing_without_candidates() =>
        Assert.Null(DidYouMean.Suggest("title", []));

    [Fact]
    public void Returns_the_candidate_as_written_not_lower_cased() =>
        Assert.Equal("FiscalYear", DidYouMean.Suggest("fiscalyear", ["FiscalYear", "Title"]));

    [Fact]
    public void Breaks_ties_by_ordinal_order_so_the_answer_is_stable()
    {
        Assert.Equal("data", DidYouMean.Suggest("dat", ["date", "data"]));
        Assert.Equal("data", DidYouMean.Suggest("dat", ["data", "date"]));
    }

    [Fact]
    public void Allows_two_edits_for_short_words_and_a_third_of_the_length_for_long_ones()
    {
        // Short words: at most 2 edits.
        Assert.Equal("oit", DidYouMean.Suggest("o", ["oit"]));
        Assert.Null(DidYouMean.Suggest("xyz", ["oit"]));

        // 12 letters: at most 4 edits.
        Assert.Equal("attachments", DidYouMean.Suggest("atachmentsxx", ["attachments"]));
        Assert.Null(DidYouMean.Suggest("atachmxxxxxx", ["attachments"]));
    }

    [Fact]
    public void Suggests_thai_words_too() =>
        Assert.Equal("หมายเหตุ", DidYouMean.Suggest("หมายเหต", ["หมายเหตุ", "คำเตือน"]));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("title", "title", 0)]
    [InlineData("titel", "title", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("fiscalyear", "fiscal_year", 1)]
    [InlineData("ข้อ", "ขอ", 1)]
    public void Edit_distance_is_levenshtein(string a, string b, int expected)
    {
        Assert.Equal(expected, DidYouMean.EditDistance(a, b));
        Assert.Equal(expected, DidYouMean.EditDistance(b, a));
    }
}
