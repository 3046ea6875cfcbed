using System.Runtime.InteropServices;
using Portal.Features.Search;
using Portal.Tests.WholeSite;
using Portal.Thai;

namespace Portal.Tests.Unit.Search;

public sealed class ThaiSegmenterTests
{
    private static List<string> Words(string text) => [.. ThaiSegmenter.Words(text).Select(r => text[r])];

    [Fact]
    public void Cuts_thai_written_without_spaces_into_dictionary_words()
    {
        var words = Words("ร้องเรียนการทุจริต");

        Assert.Equal("ร้องเรียนการทุจริต", string.Concat(words));
        Assert.Contains("ทุจริต", words);
        Assert.True(words.Count >= 2, string.Join('|', words));
    }

    [Fact]
    public void Keeps_latin_words_codes_and_numbers_and_drops_spaces_and_punctuation()
    {
        Assert.Equal(["ITA", "O42", "2566", "e", "service"], Words("ITA, O42 (2566) e-service!"));
    }

    [Fact]
    public void Empty_text_has_no_words() => Assert.Empty(ThaiSegmenter.Words(""));

    [Fact]
    public void Positions_are_offsets_into_the_text()
    {
        const string text = "  ภาษี ที่ดิน";

        var ranges = ThaiSegmenter.Words(text);

        Assert.Equal(2, ranges[0].Start.Value);
        Assert.Equal("ภาษี", text[ranges[0]]);
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        const string text = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2566";
        var expected = Words(text);

        var results = new List<string>[64];
        Parallel.For(0, results.Length, i => results[i] = Words(text));

        Assert.All(results, words => Assert.Equal(expected, words));
    }

    /// <summary>
    /// Issue 20: <see cref="ThaiSegmenter.Words(ReadOnlySpan{char}, List{Range})"/> cuts a text at spaces and line
    /// breaks and remembers each piece's words. What it returns, the first time and from memory, is exactly what ICU
    /// gives for the whole text, on the seed report and every page and data file of this repository's site.
    /// </summary>
    [Fact]
    public void Pieces_give_exactly_the_words_of_icu_on_the_whole_text_of_real_pages()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "input"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".md" or ".yml" or ".csv" or ".txt")
            .Append(Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "seeds"), "*.txt").First());
        var checkedFiles = 0;
        foreach (var file in files)
        {
            var text = SearchText.Normalize(File.ReadAllText(file));
            AssertSameAsIcu(text, file);
            AssertSameAsIcu(text, file + " (again, from memory)");
            checkedFiles++;
        }

        Assert.True(checkedFiles > 1, $"{checkedFiles} files");
    }

    /// <summary>
    /// Spaces next to marks (a mark after a space belongs to the space), runs of spaces and line breaks, tabs, no-break
    /// spaces, joiners, emoji with modifiers, combining Latin accents, digits and punctuation: random texts of them are
    /// cut exactly as ICU cuts the whole text.
    /// </summary>
    [Fact]
    public void Pieces_give_exactly_the_words_of_icu_on_random_texts_with_spaces_marks_and_joiners()
    {
        string[] pieces = ["ก", "ข", "ร", "เ", "า", "ิ", "่", "้", "ั", "์", "ํ", "ำ", "ป.", "๒", "5", "a", "B", ".", "-", ",",
            " ", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u200B", "\u200C", "\u200D", "\u0301", "👍🏽", "❤\uFE0F", "ไทย", "การ", "ผู้รับผิดชอบ"];
        var unspaced = pieces.Where(p => !p.Contains(' ', StringComparison.Ordinal) && !p.Contains('\n', StringComparison.Ordinal)).ToArray();
        var random = new Random(20);
        for (var round = 0; round < 5_000; round++)
        {
            // Every tenth text is long and without spaces or line breaks: one piece, past the length the segmenter remembers.
            var from = round % 10 == 0 ? unspaced : pieces;
            var text = string.Concat(Enumerable.Range(0, random.Next(0, round % 10 == 0 ? 200 : 24)).Select(_ => from[random.Next(from.Length)]));
            AssertSameAsIcu(text, text);
            AssertSameAsIcu(text, text + " (again)");
        }
    }

    private static void AssertSameAsIcu(string text, string what)
    {
        var expected = new List<Range>();
        ThaiSegmenter.WordsFromIcu(text, expected);
        var actual = new List<Range>();
        ThaiSegmenter.Words(text, actual);

        Assert.True(expected.SequenceEqual(actual), $"{what}: ICU [{string.Join('|', expected.Select(r => text[r]))}], pieces [{string.Join('|', actual.Select(r => text[r]))}]");

        // The search index counts a piece's terms once and reuses them: the words of the pieces, each cut on its own, are the text's.
        var byPiece = new List<Range>();
        ThaiSegmenter.Pieces(text, piece =>
        {
            Assert.True(text.AsSpan().Overlaps(piece, out var offset));
            byPiece.AddRange(ThaiSegmenter.Words(piece.ToString()).Select(r => new Range(offset + r.Start.Value, offset + r.End.Value)));
        });
        Assert.True(expected.SequenceEqual(byPiece), $"{what}: ICU [{string.Join('|', expected.Select(r => text[r]))}], piece by piece [{string.Join('|', byPiece.Select(r => text[r]))}]");
    }

    [Fact]
    public void Loads_the_versioned_system_icu_common_library()
    {
        var icu = IcuLibrary.Instance;

        Assert.StartsWith("libicuuc.so", icu.LibraryName, StringComparison.Ordinal);
        Assert.True(icu.Version >= 50, $"ICU {icu.Version}");
    }

    [Fact]
    public void A_library_without_a_version_in_its_file_name_is_probed_for_plain_and_versioned_exports()
    {
        // Windows' icu.dll and macOS's libicucore.dylib are loaded this way; here the file Linux loaded stands in for them.
        var linux = IcuLibrary.Instance;

        var plain = IcuLibrary.Load([IcuFileName.Plain(linux.LibraryName)]);

        Assert.Equal(linux.LibraryName, plain.LibraryName);
        Assert.Equal(linux.Version, plain.Version);
    }

    [Fact]
    public void Each_desktop_system_has_its_own_icu_file_names()
    {
        string Names(OSPlatform system) => string.Join(", ", IcuLibrary.SystemLibraries(system).Select(c => c.Describe(50, 90)));

        Assert.Equal("libicuuc.so.50 to libicuuc.so.90, libicuuc.so", Names(OSPlatform.Linux));
        Assert.Equal("icu.dll, icuuc.dll, icuuc50.dll to icuuc90.dll", Names(OSPlatform.Windows));
        Assert.Equal("libicucore.dylib, libicuuc.50.dylib to libicuuc.90.dylib, libicuuc.dylib", Names(OSPlatform.OSX));
    }

    [Fact]
    public void Without_icu_the_error_names_the_library_files_looked_for()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => IcuLibrary.Load(
            [IcuFileName.Plain("portal-no-such-icu.dll"), IcuFileName.Versioned("libportal-no-such-icu.so.", "")]));

        Assert.Contains("portal-no-such-icu.dll, libportal-no-such-icu.so.50 to libportal-no-such-icu.so.90", error.Message, StringComparison.Ordinal);
        Assert.Contains("ไม่พบไลบรารี ICU (portal-no-such-icu.dll, libportal-no-such-icu.so.50", error.ThaiMessage, StringComparison.Ordinal);
    }
}
