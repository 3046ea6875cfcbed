using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>input/_data/search-synonyms.yml, which staff extend: a bad entry is a warning at its line, in Thai and English, and the site still builds.</summary>
public sealed class SearchSynonymsTests
{
    [Fact]
    public void Each_bad_entry_is_a_warning_at_its_line_and_the_good_ones_still_count()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "search-synonyms.yml"), """
            - [ภาษี, tax]
            - ร้องเรียน
            - [เบี้ยยังชีพ]
            - [ติดต่อ, "..."]
            """);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var warnings = built.Result.Diagnostics.Where(d => d.Code == DiagnosticCode.SearchSynonymInvalid).ToList();
        Assert.Equal([2, 3, 4], warnings.Select(w => w.Location.Line));
        Assert.All(warnings, w =>
        {
            Assert.Equal(Severity.Warning, w.Severity);
            Assert.EndsWith("_data/search-synonyms.yml", w.Location.Path, StringComparison.Ordinal);
        });
        Assert.Contains("กลุ่มคำต้องเป็นรายการคำอย่างน้อยสองคำ", warnings[0].ThaiMessage, StringComparison.Ordinal);
        Assert.Contains("a group must be a list of two or more words", warnings[0].EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_one_warning()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "search-synonyms.yml"), "ภาษี: tax\n");

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.SearchSynonymInvalid);
        Assert.Equal(1, warning.Location.Line);
    }
}
