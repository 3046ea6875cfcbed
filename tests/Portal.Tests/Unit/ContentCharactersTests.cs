using Portal.Content;

namespace Portal.Tests.Unit;

/// <summary>The one character rule for content and data, and the one-line form of text in messages.</summary>
public sealed class ContentCharactersTests
{
    [Theory]
    [InlineData("\u0001", 0)]
    [InlineData("ก\u007F", 1)]
    [InlineData("ก\u0085", 1)]
    [InlineData("ab\uFFFE", 2)]
    [InlineData("\uFDD0", 0)]
    [InlineData("x\U0001FFFF", 1)]
    public void Refused_characters_are_found(string text, int index) => Assert.Equal(index, ContentCharacters.FindForbidden(text));

    [Fact]
    public void Lone_and_doubled_surrogates_are_found()
    {
        // Built here, not as test data: the test runner's serialisation replaces lone surrogates.
        Assert.Equal(0, ContentCharacters.FindForbidden(new string('\uD800', 1)));
        Assert.Equal(1, ContentCharacters.FindForbidden(new string(['a', '\uDC00', 'b'])));
        Assert.Equal(0, ContentCharacters.FindForbidden(new string(['\uD800', '\uD800'])));
        Assert.Equal(3, ContentCharacters.FindForbidden(new string(['\uD83D', '\uDE00', 'x', '\uDC00'])));
    }

    [Theory]
    [InlineData("น้ำ\tบรรทัด\r\nใหม่")]
    [InlineData("emoji 😀 and \U00010000")]
    [InlineData("\uFEFFzero\u200Bwidth")]
    [InlineData("")]
    public void Text_that_is_fine_is_allowed(string text) => Assert.True(ContentCharacters.IsAllowed(text));

    [Fact]
    public void On_one_line_escapes_line_breaks_and_refused_characters_and_keeps_pairs()
    {
        Assert.Equal("a\\u000Ab\\u0001c😀\\uD800", ContentCharacters.OnOneLine("a\nb\u0001c😀" + new string('\uD800', 1)));
        Assert.Equal("x\\U0001FFFE", ContentCharacters.OnOneLine("x\U0001FFFE"));
    }
}
