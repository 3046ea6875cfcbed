using System.Runtime.InteropServices;
using Portal.Features.Search;
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
