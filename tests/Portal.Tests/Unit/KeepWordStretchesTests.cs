using System.Globalization;
using System.Text;
using Portal.Content;
using Portal.Thai;

namespace Portal.Tests.Unit;

/// <summary>
/// Issue 18, class 7: keep-word matching is linear. The automaton gives exactly the stretches the earlier
/// word-by-word search gave (kept here as the reference), and a 2.5 MB word list costs a large page seconds, not minutes.
/// </summary>
[Collection(ProcessorClock.Collection)]
public sealed class KeepWordStretchesTests
{
    /// <summary>
    /// Consonants, a leading vowel, combining vowels and tone marks (which decide whether an occurrence counts), and
    /// Latin; the second alphabet is wider, so most of a text holds no listed word and the search skips ahead to where
    /// one may start (issue 20).
    /// </summary>
    [Theory]
    [InlineData("กขคาเิ่้ab")]
    [InlineData("กขคงจฉชซฌญฎฏาเแิี่้๊ ab.")]
    public void Stretches_are_those_of_the_word_by_word_search_on_random_lists_and_texts_class_7_linear_keep_words(string alphabet)
    {
        var random = new Random(18);
        for (var round = 0; round < 3_000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomText(random, "กขคาเิ่้ab", random.Next(1, 5))).ToList();
            var list = List(words);
            var text = RandomText(random, alphabet, random.Next(0, 60));

            Assert.True(ReferenceStretches(list.Words, text).SequenceEqual(list.Stretches(text)), $"words [{string.Join(", ", list.Words)}], text '{text}'");
        }
    }

    [Fact]
    public void A_two_and_a_half_megabyte_list_marks_a_megabyte_of_Thai_in_seconds_class_7_linear_keep_words()
    {
        var random = new Random(7);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var size = 0;
        while (size < 2_500_000)
        {
            var word = ThaiWord(random);
            if (words.Add(word))
            {
                size += Encoding.UTF8.GetByteCount(word) + 1;
            }
        }

        var list = List(words);
        var text = new StringBuilder();
        while (text.Length < 300_000)
        {
            text.Append(random.Next(4) == 0 ? words.ElementAt(random.Next(1000)) : ThaiWord(random));
        }

        var clock = ProcessorClock.StartNew();
        var stretches = list.Stretches(text.ToString());
        clock.Stop();

        Assert.NotEmpty(stretches);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{text.Length:N0} characters against {words.Count:N0} words took {clock.Elapsed}");
    }

    private static KeepWordList List(IEnumerable<string> words) =>
        KeepWordList.From([new DataFile(KeepWordList.DataKey, "input/_data/thai-words.txt", string.Join('\n', words))]);

    private static string RandomText(Random random, string alphabet, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));

    /// <summary>A consonant, then a few consonants or vowels: a plausible Thai word of 3 to 8 letters.</summary>
    private static string ThaiWord(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(3, 9)).Select(i => (char)(i == 0 ? 'ก' + random.Next(40) : 'ก' + random.Next(48))));

    /// <summary>The search before the automaton: at each position where a word occurs, every listed word, longest first.</summary>
    private static List<Range> ReferenceStretches(IReadOnlyList<string> longestFirst, string text)
    {
        var stretches = new List<Range>();
        for (var start = 0; start < text.Length; start++)
        {
            var length = longestFirst
                .Where(w => text.AsSpan(start).StartsWith(w, StringComparison.Ordinal) && (start + w.Length == text.Length || !IsCombiningMark(text[start + w.Length])))
                .Select(w => w.Length).FirstOrDefault();
            if (length == 0)
            {
                continue;
            }

            var end = start + length;
            if (stretches.Count > 0 && start < stretches[^1].End.Value)
            {
                stretches[^1] = stretches[^1].Start..Math.Max(end, stretches[^1].End.Value);
            }
            else
            {
                stretches.Add(start..end);
            }
        }

        return stretches;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
