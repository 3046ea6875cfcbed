using Portal.Features.Editor;

namespace Portal.Tests.Cms;

/// <summary>What the editor saves, merged into the page on disk: Decap's re-printing is undone, every edit is kept.</summary>
public sealed class SavedPageMergeTests
{
    private const string Original = """
        ---
        title: การขอใบอนุญาต
        # contact confirmed by the registry office
        phone: "0 3875 0653"
        tags: [บริการ, ใบอนุญาต]
        steps:
          - title: ยื่นคำขอ
            duration: 15 นาที
        ---
        ## ขั้นตอน

        - ยื่นคำขอที่สำนักงาน
        - รอรับใบอนุญาต

        ---

        | รายการ | ค่าธรรมเนียม |
        |---|---:|
        | ใบอนุญาต | 20 |

        ดูรายละเอียดที่ [หน้าบริการ](/services/) และ snake_case_name
        """;

    /// <summary>The same page as Decap writes it back with one word changed ("สำนักงาน" → "เทศบาล").</summary>
    private const string DecapSaved = """
        ---
        title: การขอใบอนุญาต
        phone: 0 3875 0653
        tags:
          - บริการ
          - ใบอนุญาต
        steps:
          - title: ยื่นคำขอ
            duration: 15 นาที
        ---
        ## ขั้นตอน

        * ยื่นคำขอที่เทศบาล
        * รอรับใบอนุญาต

        - - -

        | รายการ   | ค่าธรรมเนียม |
        | -------- | -----------: |
        | ใบอนุญาต | 20           |

        ดูรายละเอียดที่ [หน้าบริการ](/services/) และ snake\_case\_name
        """;

    [Fact]
    public void A_one_word_edit_changes_only_its_line_and_keeps_every_other_line_and_comment_as_written()
    {
        var merged = SavedPageMerge.Merge(Original, DecapSaved);

        var before = Original.Split('\n');
        var after = merged.Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();
        Assert.Equal([("- ยื่นคำขอที่สำนักงาน", "* ยื่นคำขอที่เทศบาล")], changed);
    }

    [Fact]
    public void A_changed_or_new_front_matter_value_is_taken_from_the_saved_text_and_a_removed_key_is_removed()
    {
        var saved = DecapSaved.Replace("title: การขอใบอนุญาต", "title: การขอใบอนุญาตก่อสร้าง", StringComparison.Ordinal)
            .Replace("phone: 0 3875 0653\n", "", StringComparison.Ordinal)
            .Replace("steps:", "unit: กองช่าง\nsteps:", StringComparison.Ordinal);

        var merged = SavedPageMerge.Merge(Original, saved);

        Assert.Contains("title: การขอใบอนุญาตก่อสร้าง\n", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", merged, StringComparison.Ordinal);
        Assert.Contains("tags: [บริการ, ใบอนุญาต]\n", merged, StringComparison.Ordinal);
        Assert.Contains("unit: กองช่าง\n---\n", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void Added_and_removed_body_lines_are_kept_as_saved()
    {
        var saved = DecapSaved.Replace("* รอรับใบอนุญาต\n", "* ชำระค่าธรรมเนียม\n* รอรับใบอนุญาต\n", StringComparison.Ordinal)
            .Replace("| ใบอนุญาต | 20           |\n", "", StringComparison.Ordinal);

        var merged = SavedPageMerge.Merge(Original, saved);

        Assert.Contains("* ยื่นคำขอที่เทศบาล\n* ชำระค่าธรรมเนียม\n- รอรับใบอนุญาต\n", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("| ใบอนุญาต | 20 |", merged, StringComparison.Ordinal);
        Assert.Contains("|---|---:|\n", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_saved_as_the_editor_wrote_it()
    {
        Assert.Equal(DecapSaved, SavedPageMerge.Merge("no front matter\n", DecapSaved));
    }
}
