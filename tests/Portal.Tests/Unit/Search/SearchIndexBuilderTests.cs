using Portal.Features.Search;
using static Portal.Tests.Unit.Search.SearchIndexTestData;

namespace Portal.Tests.Unit.Search;

public sealed class SearchIndexBuilderTests
{
    private static int ScoreOf(SearchIndex index, string term, string url)
    {
        var indexed = index.Find(term) ?? throw new InvalidOperationException($"no term {term}");
        var id = index.Documents.ToList().FindIndex(d => d.Url == url);
        var position = Array.IndexOf(indexed.Documents, id);
        return position < 0 ? 0 : indexed.Scores[position];
    }

    [Fact]
    public void Documents_are_numbered_in_url_order_and_postings_are_ascending()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/b/", "ภาษีป้าย", "ชำระภาษีป้าย"),
            Document("/a/", "ภาษีที่ดิน", "ชำระภาษีที่ดินและสิ่งปลูกสร้าง"),
        ]);

        Assert.Equal(["/a/", "/b/"], index.Documents.Select(d => d.Url));
        Assert.Equal([0, 1], index.Find("ภาษี")!.Documents);
    }

    [Fact]
    public void A_page_with_one_word_of_a_synonym_group_is_found_by_the_others_below_a_page_with_the_word_itself()
    {
        string[][] contact = [["เบอร์", "โทร"], ["โทรศัพท์"], ["contact"]];
        var index = SearchIndexBuilder.Build(
        [
            Document("/phone/", "ติดต่อ", "โทรศัพท์ของสำนักงาน"),
            Document("/number/", "ติดต่อ", "เบอร์โทรของสำนักงาน"),
            Document("/other/", "ข่าว", "ข่าวของสำนักงาน"),
        ], [contact]);

        Assert.True(ScoreOf(index, "เบอร์", "/phone/") > 0);
        Assert.True(ScoreOf(index, "contact", "/phone/") > 0);
        Assert.True(ScoreOf(index, "contact", "/number/") > 0);
        Assert.True(ScoreOf(index, "เบอร์", "/number/") > ScoreOf(index, "เบอร์", "/phone/"));
        Assert.Equal(0, ScoreOf(index, "contact", "/other/"));
    }

    [Fact]
    public void A_word_of_several_terms_is_found_only_where_its_terms_follow_each_other()
    {
        string[][] land = [["ภาษี", "ที่ดิน"], ["land"]];
        var index = SearchIndexBuilder.Build(
        [
            Document("/together/", "ประกาศ", "ชำระภาษีที่ดิน"),
            Document("/apart/", "ประกาศ", "ที่ดินของรัฐ และภาษี"),
        ], [land]);

        Assert.True(ScoreOf(index, "land", "/together/") > 0);
        Assert.Equal(0, ScoreOf(index, "land", "/apart/"));
    }

    [Fact]
    public void A_page_that_lists_other_pages_scores_as_its_weight_says_below_the_same_page_written_by_staff()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/written/", "ภาษีที่ดิน", "ชำระภาษีที่ดิน"),
            Document("/listing/", "ภาษีที่ดิน", "ชำระภาษีที่ดิน") with { Weight = SearchOutput.GeneratedPageWeight },
        ]);

        var written = ScoreOf(index, "ภาษี", "/written/");
        Assert.InRange(ScoreOf(index, "ภาษี", "/listing/"), (written * SearchOutput.GeneratedPageWeight) - 1, (written * SearchOutput.GeneratedPageWeight) + 1); // scores are rounded
    }

    [Fact]
    public void A_synonym_no_page_holds_is_not_in_the_index()
    {
        string[][] group = [["ภาษี"], ["tax"]];
        var index = SearchIndexBuilder.Build([Document("/a/", "ข่าว", "ข่าวของสำนักงาน")], [group]);

        Assert.Null(index.Find("tax"));
        Assert.Null(index.Find("ภาษี"));
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/in-title/", "ภาษีที่ดิน", "ประกาศของเทศบาลเรื่องการชำระเงิน"),
            Document("/in-body/", "ประกาศของเทศบาล", "เรื่องการชำระภาษีที่ดิน"),
        ]);

        Assert.True(ScoreOf(index, "ภาษี", "/in-title/") > ScoreOf(index, "ภาษี", "/in-body/"));
    }

    [Fact]
    public void A_word_in_the_description_ranks_above_the_same_word_in_the_body()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/in-description/", "ประกาศ", "ประกาศของเทศบาลเรื่องการชำระเงิน", description: "การชำระภาษี"),
            Document("/in-body/", "ประกาศ", "ประกาศของเทศบาลเรื่องการชำระภาษี"),
        ]);

        Assert.True(ScoreOf(index, "ภาษี", "/in-description/") > ScoreOf(index, "ภาษี", "/in-body/"));
    }

    [Fact]
    public void A_rare_word_weighs_more_than_a_common_one()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/a/", "ข่าว", "เทศบาลจัดประชุมสภา"),
            Document("/b/", "ข่าว", "เทศบาลจัดงานลอยกระทง"),
            Document("/c/", "ข่าว", "เทศบาลจัดอบรม"),
        ]);

        Assert.True(ScoreOf(index, "สภา", "/a/") > ScoreOf(index, "เทศบาล", "/a/"));
    }

    [Fact]
    public void More_occurrences_score_higher_but_saturate()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/once/", "หน้า", "ภาษี ประปา ไฟฟ้า ถนน สวน"),
            Document("/twice/", "หน้า", "ภาษี ภาษี ไฟฟ้า ถนน สวน"),
            Document("/five/", "หน้า", "ภาษี ภาษี ภาษี ภาษี ภาษี"),
            Document("/none/", "หน้า", "ประปา ไฟฟ้า ถนน สวน ตลาด"),
        ]);

        var once = ScoreOf(index, "ภาษี", "/once/");
        var twice = ScoreOf(index, "ภาษี", "/twice/");
        var five = ScoreOf(index, "ภาษี", "/five/");
        Assert.True(once < twice && twice < five);
        Assert.True(five - twice < 3 * (twice - once), $"{once} {twice} {five}");
    }

    [Fact]
    public void A_longer_body_dilutes_a_word()
    {
        var filler = string.Join(' ', Enumerable.Repeat("ประชาสัมพันธ์กิจกรรมของชุมชน", 40));
        var index = SearchIndexBuilder.Build(
        [
            Document("/short/", "หน้า", "ภาษีที่ดิน"),
            Document("/long/", "หน้า", "ภาษีที่ดิน " + filler),
        ]);

        Assert.True(ScoreOf(index, "ภาษี", "/short/") > ScoreOf(index, "ภาษี", "/long/"));
    }

    [Fact]
    public void Words_inside_a_compound_are_indexed_at_a_lower_weight()
    {
        var index = SearchIndexBuilder.Build(
        [
            Document("/compound/", "หน้า", "แผนประจำปีงบประมาณ"),
            Document("/words/", "หน้า", "งบ ประมาณ ปี"),
        ]);

        Assert.Equal(["ปี", "งบ", "ประมาณ"], new CompoundSplitter(index.Terms.Select(t => t.Term).ToHashSet()).Split("ปีงบประมาณ"));
        var part = ScoreOf(index, "ประมาณ", "/compound/");
        Assert.True(part > 0);
        Assert.True(part < ScoreOf(index, "ประมาณ", "/words/"));
    }

    [Fact]
    public void Oit_items_are_searchable_in_the_description_field()
    {
        var index = SearchIndexBuilder.Build([Document("/ita/o42/", "มาตรการ", "ข้อความ", oit: ["2566/O42"])]);

        Assert.NotNull(index.Find("o42"));
        Assert.NotNull(index.Find("2566"));
    }

    [Fact]
    public void A_title_holds_each_pair_of_its_neighbouring_thai_words_as_one_more_term_and_a_body_does_not()
    {
        var words = SearchText.Terms("ข้อมูลผู้บริหาร");
        var index = SearchIndexBuilder.Build(
        [
            Document("/title/", "ข้อมูลผู้บริหาร", "รายการข้อมูล"),
            Document("/body/", "ข่าว", "ข้อมูลผู้บริหาร"),
        ]);

        Assert.True(words.Count >= 2, string.Join('|', words));
        foreach (var (first, second) in words.Zip(words.Skip(1)))
        {
            var pair = TitlePair.Of(first, second);
            Assert.True(ScoreOf(index, pair, "/title/") > 0, pair);
            Assert.Equal(0, ScoreOf(index, pair, "/body/"));
        }
    }

    [Fact]
    public void A_title_with_the_querys_words_side_by_side_scores_above_one_with_the_same_words_in_another_order()
    {
        var query = SearchText.Terms("ข้อมูลผู้บริหาร");
        var index = SearchIndexBuilder.Build(
        [
            Document("/in-order/", "ข้อมูลผู้บริหาร", "รายการ"),
            Document("/reordered/", "ผู้บริหารข้อมูล", "รายการ"),
        ]);

        // What search.js adds up: each query word's score, and each pair of neighbouring query words'.
        int Score(string url) => query.Sum(w => ScoreOf(index, w, url)) + query.Zip(query.Skip(1)).Sum(p => ScoreOf(index, TitlePair.Of(p.First, p.Second), url));
        Assert.Equal(query.Sum(w => ScoreOf(index, w, "/in-order/")), query.Sum(w => ScoreOf(index, w, "/reordered/")));
        Assert.True(Score("/in-order/") > Score("/reordered/"));
    }

    [Fact]
    public void Latin_words_and_numbers_are_not_paired()
    {
        var index = SearchIndexBuilder.Build([Document("/ita/2566/o2/", "O2 ข้อมูลผู้บริหาร 2566 ITA", "รายการ")]);

        var pairs = index.Terms.Select(t => t.Term).Where(t => t.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair => Assert.True(TitlePair.Pairs(pair.Replace(" ", "", StringComparison.Ordinal)), pair));
    }

    [Fact]
    public void An_older_version_scores_below_its_newer_version_on_every_term_both_hold()
    {
        // The older page names its successor, so it holds the title's words once more: without the rule it would rank first.
        SearchDocument[] Years(bool linked) =>
        [
            Document("/2565/", "ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร ปี 2565 ในปีถัดไป ข้อมูลผู้บริหาร") with { NewerVersion = linked ? "/2566/" : null },
            Document("/2566/", "ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร ปี 2566 ในปีถัดไป ข้อมูลผู้บริหาร") with { NewerVersion = linked ? "/2567/" : null },
            Document("/2567/", "ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร ปี 2567 ข้อกำหนดของรายการนี้"),
            Document("/other/", "ข่าว", "ข่าวของสำนักงาน"),
        ];
        var shared = SearchText.Terms("ข้อมูลผู้บริหาร ปี");

        var unlinked = SearchIndexBuilder.Build(Years(linked: false));
        Assert.True(ScoreOf(unlinked, shared[0], "/2565/") > ScoreOf(unlinked, shared[0], "/2567/"));

        var index = SearchIndexBuilder.Build(Years(linked: true));
        foreach (var term in shared)
        {
            Assert.True(ScoreOf(index, term, "/2565/") < ScoreOf(index, term, "/2566/"), term);
            Assert.True(ScoreOf(index, term, "/2566/") < ScoreOf(index, term, "/2567/"), term);
        }

        Assert.Equal(ScoreOf(unlinked, "2565", "/2565/"), ScoreOf(index, "2565", "/2565/")); // a term only the older holds keeps its score
    }

    [Fact]
    public void Terms_are_sorted_by_key_without_tone_marks_then_by_term()
    {
        var index = SearchIndexBuilder.Build([Document("/a/", "รอง ร้อง ร่อง รอบ", "ก")]);

        var terms = index.Terms.Select(t => t.Term).ToList();
        Assert.Equal(terms.OrderBy(SearchText.SortKey, StringComparer.Ordinal).ThenBy(t => t, StringComparer.Ordinal), terms);
        Assert.Equal(["รอง", "ร่อง", "ร้อง"], terms.Where(t => SearchText.SortKey(t) == "รอง"));
    }
}
