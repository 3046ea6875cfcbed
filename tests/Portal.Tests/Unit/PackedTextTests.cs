using Portal.Thai;

namespace Portal.Tests.Unit;

/// <summary>Issue 20: a page's plain text is held packed until the search index reads it, and comes back unit for unit.</summary>
public sealed class PackedTextTests
{
    private static readonly string[] Samples =
    [
        "",
        "เทศบาลเมืองบ้านบึง ประกาศผลการจัดซื้อจัดจ้าง ปี 2566.",
        "ASCII only: <a href=\"x\">&amp;</a>\n\t~\u007F\0",
        "น\u0E4D\u0E32 and นำ, ๐๑๒๓ and the block's ends \u0E00\u0E7E\u0E7F",
        "Ünïcödé, 中文, עברית, emoji 🏛️, a lone surrogate \uD800 and \uDFFF, U+0080 \u0080, U+0DFF \u0DFF, U+0E80 \u0E80, U+FFFF \uFFFF",
    ];

    public static TheoryData<string> Texts() => new(Samples);

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
    public void Texts_moved_to_a_file_from_many_threads_come_back_the_same_until_the_file_is_disposed()
    {
        var folder = Directory.CreateTempSubdirectory("portal-packed-");
        try
        {
            var path = Path.Combine(folder.FullName, "texts");
            var texts = Enumerable.Range(0, 200).Select(i => Samples[i % Samples.Length] + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var moved = new PackedText[texts.Length];
            using (var file = PackedTextFile.Create(path))
            {
                Parallel.For(0, texts.Length, i => moved[i] = PackedText.From(texts[i]).MovedTo(file));

                Assert.Equal(texts, moved.Select(m => m.ToString()));
                Assert.All(moved.Zip(texts), pair => Assert.Equal(PackedText.From(pair.Second), pair.First));
                Assert.Same(PackedText.Empty, PackedText.Empty.MovedTo(file));
            }

            Assert.False(File.Exists(path));
            Assert.Throws<ObjectDisposedException>(() => moved[0].ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
