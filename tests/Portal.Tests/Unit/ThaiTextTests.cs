using System.Text;
using Portal.Thai;

namespace Portal.Tests.Unit;

/// <summary>Issue 20: <see cref="ThaiText.Normalize"/> answers "already NFC" for plain Thai and Latin text without ICU, and only when ICU would agree.</summary>
public sealed class ThaiTextTests
{
    [Theory]
    [InlineData("เทศบาลเมืองบ้านบึง ประจำปีงบประมาณ 2566")]
    [InlineData("ITA O42 café (e-service)")]
    [InlineData("กุ้ง ปู่ ผู้ ลื่ม")]
    public void Plain_thai_and_latin_text_is_known_to_be_nfc_without_icu(string text) => Assert.True(ThaiText.IsPlainlyNfc(text));

    [Theory]
    [InlineData("ก\u0E48\u0E38")]   // a tone mark (class 107) before sara u (class 103): NFC puts sara u first
    [InlineData("e\u0301")]         // a Latin letter and a combining accent compose
    [InlineData("日本")]
    public void Marks_out_of_canonical_order_and_other_scripts_are_left_to_icu(string text)
    {
        Assert.False(ThaiText.IsPlainlyNfc(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), ThaiText.Normalize(text));
    }

    [Fact]
    public void Text_known_to_be_nfc_is_nfc_for_icu_on_random_thai_latin_and_marks()
    {
        var alphabet = Enumerable.Range(0x0E01, 0x0E5B - 0x0E01 + 1).Select(c => (char)c).Concat("aZ9 .éÅ\u0301\u0308\u02FF\u0300").ToArray();
        var random = new Random(20);
        var plain = 0;
        for (var round = 0; round < 50_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (ThaiText.IsPlainlyNfc(text))
            {
                plain++;
                Assert.True(text.IsNormalized(NormalizationForm.FormC), string.Join(' ', text.Select(c => $"U+{(int)c:X4}")));
            }
        }

        Assert.True(plain > 10_000, $"{plain} of the random texts were plain");
    }
}
