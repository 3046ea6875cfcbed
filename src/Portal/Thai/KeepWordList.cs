using System.Globalization;
using System.Text;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Thai;

/// <summary>
/// <c>input/_data/thai-words.txt</c>: words a line must never break inside, one a line, <c>#</c> for comments.
/// Browsers break Thai lines where their ICU dictionary sees a word boundary, and it does not know some compounds
/// ("หลักธร|รมาภิบาล", "ผู้รับผิด|ชอบ"); the render stage keeps each listed word on one line (docs/content.md).
/// </summary>
public sealed class KeepWordList
{
    public const string DataKey = "thai-words";
    public const string FileName = "thai-words.txt";

    public static readonly KeepWordList Empty = new([]);

    private readonly KeepWordAutomaton? _automaton;

    /// <summary>Longest first, then in ordinal order.</summary>
    private readonly string[] _longestFirst;

    private KeepWordList(IReadOnlyCollection<string> words)
    {
        _longestFirst = [.. words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        _automaton = words.Count == 0 ? null : new KeepWordAutomaton(_longestFirst);
    }

    public IReadOnlyList<string> Words => _longestFirst;

    /// <summary>The list in the site's data files; a line that is not one word is left out (<see cref="Validate"/> reports it).</summary>
    public static KeepWordList From(IEnumerable<DataFile> data) => Read(data, null);

    /// <summary>Reports each line that is not one word (PT070, a warning: the page still reads right, the word may only break).</summary>
    public static void Validate(IEnumerable<DataFile> data, DiagnosticBag diagnostics) => Read(data, diagnostics);

    /// <summary>Whether a listed word may occur in <paramref name="text"/>: a quick test before looking closer (false means none does).</summary>
    public bool MayOccurIn(ReadOnlySpan<char> text) => _automaton is not null && _automaton.NextPossibleStart(text, 0) >= 0;

    /// <summary>
    /// The stretches of <paramref name="text"/> that must stay on one line, in order: every occurrence of a listed
    /// word, with overlapping occurrences merged into one stretch (a break inside either word would break a listed
    /// word). An occurrence followed by a combining mark is not the word (its last letter carries a vowel or tone
    /// mark of the next syllable) and is skipped. One pass with <see cref="KeepWordAutomaton"/>: at each position
    /// where an occurrence may end, the longest word ending there covers every shorter one. Between occurrences the
    /// pass skips to where a listed word may start.
    /// </summary>
    public IReadOnlyList<Range> Stretches(ReadOnlySpan<char> text)
    {
        var i = _automaton is null ? -1 : _automaton.NextPossibleStart(text, 0);
        if (i < 0)
        {
            return [];
        }

        var stretches = new List<Range>();
        for (var state = 0; i < text.Length; i++)
        {
            if (state == 0 && (i = _automaton!.NextPossibleStart(text, i)) < 0)
            {
                break;
            }

            state = _automaton!.Step(state, text[i]);
            var length = _automaton.LongestWordEndingAt(state);
            var end = i + 1;
            if (length == 0 || (end < text.Length && IsCombiningMark(text[end])))
            {
                continue;
            }

            // Ends only grow, so the new occurrence overlaps a run of the last stretches, which it absorbs.
            var start = end - length;
            while (stretches.Count > 0 && start < stretches[^1].End.Value)
            {
                start = Math.Min(start, stretches[^1].Start.Value);
                stretches.RemoveAt(stretches.Count - 1);
            }

            stretches.Add(start..end);
        }

        return stretches;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static KeepWordList Read(IEnumerable<DataFile> data, DiagnosticBag? diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == DataKey) is not { Value: string text } file)
        {
            return Empty;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var word = ThaiText.Normalize(lines[i].Trim());
            if (word.Length == 0 || word.StartsWith('#'))
            {
                continue;
            }

            if (IsOneWord(word))
            {
                words.Add(word);
            }
            else
            {
                diagnostics?.Add(Diagnostic.Warning(DiagnosticCode.KeepWordInvalid, new SourceLocation(file.DisplayPath, i + 1),
                    $"'{word}' ไม่ใช่คำเดียว: หนึ่งบรรทัดต้องมีหนึ่งคำ มีแต่ตัวอักษร สระ วรรณยุกต์ และตัวเลข ไม่มีช่องว่างหรือเครื่องหมาย จึงไม่ได้ใช้บรรทัดนี้",
                    $"'{word}' is not one word: a line holds one word of letters, vowels, tone marks and digits, without spaces or punctuation, so this line is not used"));
            }
        }

        return words.Count == 0 ? Empty : new KeepWordList(words);
    }

    /// <summary>Word characters only (so it can never meet markup or span a space), and not starting with a vowel or tone mark.</summary>
    private static bool IsOneWord(string word) =>
        !IsCombiningMark(word[0]) && word.EnumerateRunes().All(ThaiText.IsWordCharacter);
}
