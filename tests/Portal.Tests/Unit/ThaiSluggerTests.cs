using Portal.Markdown;
using Portal.Thai;

namespace Portal.Tests.Unit;

public sealed class ThaiSluggerTests
{
    private const string SaraAm = "\u0E33";                  // ำ
    private const string NikhahitSaraAa = "\u0E4D\u0E32";    // ํ + า, the two-code-point spelling

    [Theory]
    [InlineData("การวิเคราะห์ผลการประเมิน", "การวิเคราะห์ผลการประเมิน")]
    [InlineData("ข้อเสนอแนะ (IIT)", "ข้อเสนอแนะ-iit")]
    [InlineData("1.1 ประเด็นที่ควรรักษา", "1-1-ประเด็นที่ควรรักษา")]
    [InlineData("ผลการประเมิน ITA ปี 2566", "ผลการประเมิน-ita-ปี-2566")]
    [InlineData("Summary", "summary")]
    [InlineData("O18: E-Service", "o18-e-service")]
    [InlineData("๑.๒ ฯลฯ และอื่น ๆ", "๑-๒-ฯลฯ-และอื่น-ๆ")]
    [InlineData("Café", "café")]
    public void Keeps_letters_marks_and_digits(string text, string expected) =>
        Assert.Equal(expected, ThaiSlugger.Slugify(text));

    [Fact]
    public void Keeps_every_thai_vowel_and_tone_mark()
    {
        // Above and below vowels, the four tone marks, thanthakhat and maitaikhu are all combining marks.
        const string text = "กั กิ กี กึ กื กุ กู ก่ ก้ ก๊ ก๋ ก์ ก็ เก แก โก ใก ไก กะ กา กำ";

        Assert.Equal(text.Replace(' ', '-'), ThaiSlugger.Slugify(text));
    }

    [Theory]
    [InlineData("ก   ข", "ก-ข")]
    [InlineData("ก - ข", "ก-ข")]
    [InlineData("ก—ข", "ก-ข")]
    [InlineData("ก...ข!!!ค", "ก-ข-ค")]
    [InlineData("ก/ข\\ค", "ก-ข-ค")]
    [InlineData("“ก” (ข) [ค]", "ก-ข-ค")]
    [InlineData("ก\tข\nค", "ก-ข-ค")]
    public void Collapses_each_run_of_punctuation_and_space_into_one_hyphen(string text, string expected) =>
        Assert.Equal(expected, ThaiSlugger.Slugify(text));

    [Theory]
    [InlineData("  ก  ", "ก")]
    [InlineData("(ก)", "ก")]
    [InlineData("-ก-", "ก")]
    [InlineData("... ก ข ...", "ก-ข")]
    [InlineData("1.", "1")]
    public void Trims_leading_and_trailing_hyphens(string text, string expected) =>
        Assert.Equal(expected, ThaiSlugger.Slugify(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("???")]
    [InlineData("—")]
    [InlineData("๏")]
    public void Falls_back_when_nothing_is_kept(string text) =>
        Assert.Equal(ThaiSlugger.Fallback, ThaiSlugger.Slugify(text));

    [Fact]
    public void Fallback_is_section() => Assert.Equal("section", ThaiSlugger.Fallback);

    [Fact]
    public void Both_spellings_of_sara_am_give_the_same_slug()
    {
        var composed = "การดำเนินงาน";
        var decomposed = "การด" + NikhahitSaraAa + "เนินงาน";
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(composed, ThaiSlugger.Slugify(decomposed));
        Assert.Equal(ThaiSlugger.Slugify(composed), ThaiSlugger.Slugify(decomposed));
        Assert.Contains(SaraAm, ThaiSlugger.Slugify(decomposed), StringComparison.Ordinal);
    }

    [Fact]
    public void Sara_am_after_a_tone_mark_is_folded_too()
    {
        // น้ำ typed as น + ้ + ํ + า
        Assert.Equal("น้ำ", ThaiSlugger.Slugify("น\u0E49" + NikhahitSaraAa));
    }

    [Fact]
    public void Text_is_normalised_to_nfc()
    {
        var decomposed = "Cafe\u0301";   // e + combining acute

        Assert.Equal("café", ThaiSlugger.Slugify(decomposed));
        Assert.True(ThaiSlugger.Slugify(decomposed).IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Unique_ids_number_repeats_from_one()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());

        Assert.Equal(["ก", "ก-1", "ก-2"], new[] { ids.Next("ก"), ids.Next("ก"), ids.Next("ก") });
    }

    [Fact]
    public void Unique_ids_compare_slugs_not_texts()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());

        Assert.Equal("ข้อเสนอแนะ-iit", ids.Next("ข้อเสนอแนะ (IIT)"));
        Assert.Equal("ข้อเสนอแนะ-iit-1", ids.Next("ข้อเสนอแนะ IIT"));
        Assert.Equal("section", ids.Next("???"));
        Assert.Equal("section-1", ids.Next("!!!"));
        Assert.Equal("การดำเนินงาน", ids.Next("การดำเนินงาน"));
        Assert.Equal("การดำเนินงาน-1", ids.Next("การด" + NikhahitSaraAa + "เนินงาน"));
    }

    [Fact]
    public void Unique_ids_avoid_reserved_explicit_ids()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());
        ids.Reserve("ก");
        ids.Reserve("ก-1");

        Assert.Equal("ก-2", ids.Next("ก"));
        Assert.Equal("ก-3", ids.Next("ก"));
    }

    [Fact]
    public void Unique_ids_never_hand_out_the_theme_ids()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>(StringComparer.Ordinal) { "main-content", "main-content-1" });

        Assert.Equal("main-content-2", ids.Next("Main content"));
        Assert.Equal("main-content-3", ids.Next("main content"));
        Assert.Equal("ก", ids.Next("ก"));
    }

    [Fact]
    public void Unique_ids_skip_a_numbered_id_a_heading_already_took()
    {
        var ids = new ThaiSlugger.UniqueIds(new HashSet<string>());

        Assert.Equal("ก-1", ids.Next("ก 1"));
        Assert.Equal("ก", ids.Next("ก"));
        Assert.Equal("ก-2", ids.Next("ก"));
    }

    [Fact]
    public void Unique_ids_are_per_instance()
    {
        Assert.Equal("ก", new ThaiSlugger.UniqueIds(new HashSet<string>()).Next("ก"));
        Assert.Equal("ก", new ThaiSlugger.UniqueIds(new HashSet<string>()).Next("ก"));
    }

    [Fact]
    public void Thai_text_normalize_folds_sara_am_and_leaves_other_text_alone()
    {
        Assert.Equal("ทำ", ThaiText.Normalize("ท" + NikhahitSaraAa));
        Assert.Equal("ทำ", ThaiText.Normalize("ทำ"));
        Assert.Equal("ข้อเสนอแนะ (IIT)", ThaiText.Normalize("ข้อเสนอแนะ (IIT)"));
        Assert.Equal("é", ThaiText.Normalize("e\u0301"));

        // A lone nikhahit (no sara aa after it) is not SARA AM.
        Assert.Equal("ก\u0E4D", ThaiText.Normalize("ก\u0E4D"));
    }
}
