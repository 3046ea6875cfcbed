using Portal.Features.Search;

namespace Portal.Tests.Unit.Search;

public sealed class SearchTextTests
{
    private const string SaraAm = "\u0E33";                         // ำ
    private const string NikhahitSaraAa = "\u0E4D\u0E32";           // ํ + า
    private const string MaiTho = "\u0E49";                         // ้

    [Theory]
    [InlineData("น" + MaiTho + SaraAm)]                             // น้ำ: the usual spelling
    [InlineData("น" + MaiTho + NikhahitSaraAa)]                     // tone mark, then ํา
    [InlineData("น" + "\u0E4D" + MaiTho + "\u0E32")]                // ํ, tone mark, า
    public void Every_spelling_of_sara_am_becomes_the_single_code_point(string spelling) =>
        Assert.Equal("น" + MaiTho + SaraAm, SearchText.Normalize(spelling));

    [Fact]
    public void Thai_digits_become_arabic_and_latin_is_lower_cased() =>
        Assert.Equal("ita 2566 o42 e-service", SearchText.Normalize("ITA ๒๕๖๖ O42 E-Service"));

    [Fact]
    public void Normalize_keeps_the_length_of_nfc_text()
    {
        const string text = "ITA ๒๕๖๖ การประเมิน";

        Assert.Equal(text.Length, SearchText.Normalize(text).Length);
        Assert.Equal("ita 2566 การประเมิน", SearchText.Normalize(text));
    }

    [Fact]
    public void Letters_outside_ascii_and_thai_are_lower_cased_too() =>
        Assert.Equal("\u00E9cole \u03B1\u03B2 \u0430\u0431", SearchText.Normalize("\u00C9cole \u0391\u0392 \u0410\u0411"));

    [Fact]
    public void Decomposed_text_is_composed() =>
        Assert.Equal("caf\u00E9", SearchText.Normalize("Cafe\u0301"));

    [Theory]
    [InlineData("พ.ศ. 2566", new[] { "พศ", "2566" })]
    [InlineData("พ.ศ.2566", new[] { "พศ", "2566" })]
    [InlineData("ป.ป.ช.", new[] { "ปปช" })]
    [InlineData("ป.ป.ช", new[] { "ปปช" })]
    [InlineData("ข้อเสนอแนะ ป.ป.ช.จังหวัด", new[] { "ข้อ", "เสนอ", "แนะ", "ปปช", "จังหวัด" })]
    [InlineData("ก.พ.ร. และ พ.ร.บ.", new[] { "กพร", "และ", "พรบ" })]
    [InlineData("ปปช", new[] { "ปปช" })]
    [InlineData("อบต. อปท.", new[] { "อบต", "อปท" })]
    public void Abbreviations_are_one_term_with_or_without_dots(string text, string[] expected) =>
        Assert.Equal(expected, SearchText.Terms(text));

    [Theory]
    [InlineData("ศ.", new[] { "ศ" })]                            // one letter is no abbreviation of this kind
    [InlineData("ม.1", new[] { "ม", "1" })]                       // หมู่ 1
    [InlineData("อ.บ้านบึง", new[] { "อ", "บ้านบึง" })]       // a letter before a word
    public void A_single_letter_with_a_dot_stays_a_letter(string text, string[] expected) =>
        Assert.Equal(expected, SearchText.Terms(text));

    [Fact]
    public void Terms_keep_latin_words_codes_and_numbers() =>
        Assert.Equal(["ita", "2565", "o42", "e", "service"], SearchText.Terms("ITA 2565, O42: E-Service"));

    [Fact]
    public void Thai_next_to_latin_or_digits_splits_where_the_script_changes() =>
        Assert.Equal(["ผล", "การ", "ประเมิน", "ita", "ปี", "2565"], SearchText.Terms("ผลการประเมินITA ปี2565"));

    [Fact]
    public void Both_sara_am_spellings_give_the_same_terms() =>
        Assert.Equal(SearchText.Terms("ประจำปีงบประมาณ น้ำประปา"), SearchText.Terms("ประจ" + NikhahitSaraAa + "ปีงบประมาณ น" + MaiTho + NikhahitSaraAa + "ประปา"));

    [Fact]
    public void Thai_digits_give_the_same_terms_as_arabic_ones() =>
        Assert.Equal(SearchText.Terms("ปีงบประมาณ 2566"), SearchText.Terms("ปีงบประมาณ ๒๕๖๖"));

    [Theory]
    [InlineData("ร้อง", "รอง")]
    [InlineData("ก๊าซ", "กาซ")]
    [InlineData("ศาสตร์", "ศาสตร")]
    [InlineData("เป็น", "เปน")]
    [InlineData("ita", "ita")]
    public void Sort_key_leaves_out_tone_marks(string term, string key) =>
        Assert.Equal(key, SearchText.SortKey(term));
}
