using Portal.Features.Search;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Unit.Search;

public sealed class ExtractedTextQualityTests
{
    [Theory]
    [InlineData("ประกาศเทศบาลเมืองบ้านบึง เรื่อง การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง")]
    [InlineData("ศักดิ์ จันทร์ น\u0E49\u0E33 น\u0E49\u0E4D\u0E32 เกี๊ยะ")] // two marks stacked, THANTHAKHAT, both spellings of SARA AM
    [InlineData("Integrity and Transparency Assessment (ITA) 2566")]
    [InlineData("รายงานผลการประเมิน ITA ประจำปี ๒๕๖๖")]
    public void Thai_and_Latin_text_in_a_valid_order_is_readable(string text)
    {
        var quality = ExtractedTextQuality.Measure(text);

        Assert.Equal(0, quality.Garbled);
        Assert.False(quality.IsGarbled);
    }

    [Fact]
    public void Thai_read_through_a_legacy_font_as_Latin_1_is_garbled()
    {
        var quality = ExtractedTextQuality.Measure(TestPdfs.Tis620AsLatin1("ประกาศเทศบาล เรื่อง การจัดเก็บภาษีที่ดิน"));

        Assert.Equal(0, quality.Readable);
        Assert.True(quality.IsGarbled);
    }

    [Theory]
    [InlineData("\uF70A\uF70B\uF70C\uF70D\uF70E ประกาศ")] // private-use glyph codes of a font without a Unicode map
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD ประกาศ")] // letters the reader could not map
    [InlineData("่ า้ ะ ิ ่ ุ เ  แ  ประกาศ")] // marks and leading vowels with no consonant to sit on
    [InlineData("ก่่่ ด้้้ ป๊๊๊ ต๋๋๋ ประกาศ")] // marks stacked three high
    public void Private_use_replacement_and_out_of_order_Thai_characters_are_garbled(string text)
    {
        var quality = ExtractedTextQuality.Measure(text);

        Assert.True(quality.Garbled >= 4, $"{quality}");
        Assert.True(quality.IsGarbled, $"{quality}");
    }

    [Fact]
    public void A_few_stray_symbols_in_long_text_do_not_make_it_garbled()
    {
        var quality = ExtractedTextQuality.Measure("อุณหภูมิ 30°C ราคา £5 " + string.Concat(Enumerable.Repeat("การจัดเก็บภาษีที่ดิน ", 5)));

        Assert.Equal(2, quality.Garbled);
        Assert.False(quality.IsGarbled);
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(19, 1, true)]
    [InlineData(20, 1, false)]
    [InlineData(39, 2, true)]
    [InlineData(40, 2, false)]
    public void A_pdf_needs_twenty_letters_per_page_read(int letters, int pages, bool tooFew) =>
        Assert.Equal(tooFew, new ExtractedTextQuality(letters, 0).HasTooFewLetters(pages));
}
