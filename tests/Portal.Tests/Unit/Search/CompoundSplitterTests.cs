using Portal.Features.Search;

namespace Portal.Tests.Unit.Search;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(new HashSet<string> { "ปี", "งบ", "ประมาณ", "งบประมาณ", "ที่", "ดิน", "ภาษี", "ita" });

    [Fact]
    public void Splits_into_the_fewest_known_words() =>
        Assert.Equal(["ปี", "งบประมาณ"], Splitter.Split("ปีงบประมาณ"));

    [Fact]
    public void A_known_word_is_not_split_into_itself() =>
        Assert.Equal(["งบ", "ประมาณ"], Splitter.Split("งบประมาณ"));

    [Theory]
    [InlineData("ที่ดินเปล่า")]   // เปล่า is not a word of the site
    [InlineData("ดิ")]            // too short to hold two words
    [InlineData("itaita")]        // not Thai: Latin words are cut by spaces already
    public void Leaves_alone_what_is_not_made_of_known_words(string term) =>
        Assert.Empty(Splitter.Split(term));
}
