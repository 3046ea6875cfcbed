using Portal.Thai;

namespace Portal.Tests.Unit;

/// <summary>Issue 20: a page's plain text is held packed until the search index reads it, and comes back unit for unit.</summary>
public sealed class PackedTextTests
{
    public static TheoryData<string> Texts() => new()
    {
        "",
        "เทศบาลเมืองบ้านบึง ประกาศผลการจัดซื้อจัดจ้าง ปี 2566.",
        "ASCII only: <a href=\"x\">&amp;</a>\n\t~\u007F\0",
        "น\u0E4D\u0E32 and นำ, ๐๑๒๓ and the block's ends \u0E00\u0E7E\u0E7F",
        "Ünïcödé, 中文, עברית, emoji 🏛️, a lone surrogate \uD800 and \uDFFF, U+0080 \u0080, U+0DFF \u0DFF, U+0E80 \u0E80, U+FFFF \uFFFF",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Packed_text_gives_back_the_same_utf16_units(string text)
    {
        var packed = PackedText.From(text);

        Assert.Equal(text.Length, packed.Length);
        Assert.Equal(text, packed.ToString(), StringComparer.Ordinal);
        Assert.Equal(packed, PackedText.From(text));
    }

    [Fact]
    public void Thai_and_ascii_take_one_byte_a_character_and_anything_else_three()
    {
        const string thaiAndAscii = "งบประมาณ 2567 (ITA)";

        Assert.Equal(thaiAndAscii.Length, PackedText.From(thaiAndAscii).Size);
        Assert.Equal(thaiAndAscii.Length + (3 * 3), PackedText.From(thaiAndAscii + "中文\u0E7F").Size);
        Assert.NotEqual(PackedText.From("ก"), PackedText.From("ข"));
    }
}
