using System.Text;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Thai;

namespace Portal.Tests.Unit;

/// <summary>Each word of input/_data/thai-words.txt in a page's text is wrapped in a span the theme keeps on one line; nothing else changes.</summary>
public sealed class KeepWordSpansTests
{
    private const string Open = "<span class=\"app-keep-word\">";
    private const string Close = "</span>";

    /// <summary>The page as the render stage writes it (UTF-8), read back as text.</summary>
    private static string Apply(string html, KeepWordList words) => Encoding.UTF8.GetString(KeepWordSpans.Utf8(html, words));

    [Fact]
    public void Characters_of_four_bytes_beside_a_wrapped_word_are_written_whole()
    {
        var words = List("ธรรมาภิบาล");

        Assert.Equal($"<p>👍🏽{Open}ธรรมาภิบาล{Close}𝕏 และ{Open}ธรรมาภิบาล{Close}</p>", Apply("<p>👍🏽ธรรมาภิบาล𝕏 และธรรมาภิบาล</p>", words));
        Assert.Equal(Encoding.UTF8.GetBytes("<p>👍🏽 ธรรม</p>"), KeepWordSpans.Utf8("<p>👍🏽 ธรรม</p>", words));
    }

    [Fact]
    public void A_listed_word_in_text_is_wrapped_wherever_it_stands()
    {
        var words = List("ธรรมาภิบาล", "ผู้รับผิดชอบ");

        Assert.Equal($"<p>ตามหลัก{Open}ธรรมาภิบาล{Close} (Good Governance)</p><td>{Open}ผู้รับผิดชอบ{Close}</td>",
            Apply("<p>ตามหลักธรรมาภิบาล (Good Governance)</p><td>ผู้รับผิดชอบ</td>", words));
    }

    [Fact]
    public void The_longest_listed_word_at_a_position_wins()
    {
        var words = List("ธรรม", "ธรรมาภิบาล");

        Assert.Equal($"<p>หลัก{Open}ธรรมาภิบาล{Close} และ{Open}ธรรม{Close}</p>", Apply("<p>หลักธรรมาภิบาล และธรรม</p>", words));
    }

    [Fact]
    public void Overlapping_words_become_one_span_and_adjacent_words_stay_two()
    {
        var words = List("ผู้รับผิด", "รับผิดชอบ", "หลัก");

        Assert.Equal($"<p>{Open}ผู้รับผิดชอบ{Close}</p>", Apply("<p>ผู้รับผิดชอบ</p>", words));
        Assert.Equal($"<p>{Open}หลัก{Close}{Open}รับผิดชอบ{Close}</p>", Apply("<p>หลักรับผิดชอบ</p>", words));
    }

    [Fact]
    public void Attributes_are_never_touched_only_the_text_of_a_link()
    {
        var words = List("ธรรมาภิบาล");

        Assert.Equal($"<a href=\"/ธรรมาภิบาล/\" title='ธรรมาภิบาล > อื่น' data-label=\"ธรรมาภิบาล\">{Open}ธรรมาภิบาล{Close}</a>",
            Apply("<a href=\"/ธรรมาภิบาล/\" title='ธรรมาภิบาล > อื่น' data-label=\"ธรรมาภิบาล\">ธรรมาภิบาล</a>", words));
        Assert.Equal($"<h2 id=\"ธรรมาภิบาล\">{Open}ธรรมาภิบาล{Close}</h2>", Apply("<h2 id=\"ธรรมาภิบาล\">ธรรมาภิบาล</h2>", words));
    }

    [Theory]
    [InlineData("<p>ดู <code>ธรรมาภิบาล</code></p>")]
    [InlineData("<pre><code class=\"language-text\">ธรรมาภิบาล\n<b>ธรรมาภิบาล</b></code></pre>")]
    [InlineData("<head><title>ธรรมาภิบาล | เทศบาล</title><meta name=\"description\" content=\"ธรรมาภิบาล\"></head>")]
    [InlineData("<script>if (a <b) x = 'ธรรมาภิบาล';</script>")]
    [InlineData("<!-- ธรรมาภิบาล -->")]
    [InlineData("<svg><title>ธรรมาภิบาล</title><text>ธรรมาภิบาล</text></svg>")]
    [InlineData("<textarea><p>ธรรมาภิบาล</textarea>")]
    public void Code_raw_text_comments_and_svg_are_left_as_they_are(string html) =>
        Assert.Equal(html, Apply(html, List("ธรรมาภิบาล")));

    [Fact]
    public void Text_after_an_untouched_element_is_wrapped_again()
    {
        var words = List("ธรรมาภิบาล");

        Assert.Equal($"<pre><code>ธรรมาภิบาล</code></pre><p>{Open}ธรรมาภิบาล{Close}</p><title>ธรรมาภิบาล</title>{Open}ธรรมาภิบาล{Close}",
            Apply("<pre><code>ธรรมาภิบาล</code></pre><p>ธรรมาภิบาล</p><title>ธรรมาภิบาล</title>ธรรมาภิบาล", words));
    }

    [Fact]
    public void A_match_whose_last_letter_carries_the_next_syllables_vowel_is_not_the_word()
    {
        // "กร" is listed, but in "กรีฑา" the ร carries the vowel ี: a span there would cut a letter from its mark.
        Assert.Equal("<p>กรีฑา</p>", Apply("<p>กรีฑา</p>", List("กร")));
    }

    [Fact]
    public void A_page_without_a_listed_word_is_written_as_it_was()
    {
        const string html = "<p>เทศบาลเมืองบ้านบึง</p>";

        Assert.Equal(Encoding.UTF8.GetBytes(html), KeepWordSpans.Utf8(html, List("ธรรมาภิบาล")));
        Assert.Equal(Encoding.UTF8.GetBytes(html), KeepWordSpans.Utf8(html, KeepWordList.Empty));
    }

    [Fact]
    public void The_list_skips_comments_and_blank_lines_and_warns_at_a_line_that_is_not_one_word()
    {
        var file = new DataFile(KeepWordList.DataKey, "input/_data/thai-words.txt", "# คำอธิบาย\n\nธรรมาภิบาล\r\nสอง คำ\n<b>\n ผู้รับผิดชอบ \nธรรมาภิบาล\n\u0E34ผิด\n");
        var diagnostics = new DiagnosticBag();

        KeepWordList.Validate([file], diagnostics);

        Assert.Equal(["ผู้รับผิดชอบ", "ธรรมาภิบาล"], KeepWordList.From([file]).Words);
        Assert.All(diagnostics.ToSortedList(), d =>
        {
            Assert.Equal(DiagnosticCode.KeepWordInvalid, d.Code);
            Assert.Equal(Severity.Warning, d.Severity);
        });
        Assert.Equal([4, 5, 8], diagnostics.ToSortedList().Select(d => d.Location.Line));
    }

    private static KeepWordList List(params string[] words) =>
        KeepWordList.From([new DataFile(KeepWordList.DataKey, "input/_data/thai-words.txt", string.Join('\n', words))]);
}
