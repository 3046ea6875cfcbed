using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests;

/// <summary>
/// Chromium breaks Thai lines where its ICU dictionary sees a word boundary, and it splits compounds it does not know
/// ("หลักธร|รมาภิบาล" on /ita/, "ผู้รับผิด|ชอบ" on /ita/measures-2566/). Every word of input/_data/thai-words.txt
/// must sit on one line wherever it is shown on those pages on a phone, whatever element its text comes from.
/// </summary>
public sealed class ThaiLineBreakTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    private static readonly string[] Urls = ["/ita/", "/ita/measures-2566/"];

    private static readonly int[] PhoneWidths = [320, 390];

    [BrowserFact]
    public async Task No_listed_word_is_broken_across_lines_on_a_phone()
    {
        var words = ListedWords();
        Assert.Contains("ธรรมาภิบาล", words);
        Assert.Contains("ผู้รับผิดชอบ", words);

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var width in PhoneWidths)
        {
            await using var context = await sites.NewContextAsync(width);
            var page = await context.NewPageAsync();
            foreach (var url in Urls)
            {
                await page.GotoAsync(sites.Real.Absolute(url));
                var occurrences = await page.EvaluateAsync<Occurrence[]>(LinesOfEachOccurrence, words);
                seen.UnionWith(occurrences.Select(o => $"{o.Word} {url} {width}"));
                problems.AddRange(occurrences.Where(o => o.Lines != 1).Select(o => $"{url} at {width}px: \"{o.Word}\" in \"{o.Context}\" lies on {o.Lines} lines"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // The defects the review found: each word is shown (so checked) on its page at both widths.
        Assert.All(PhoneWidths, width =>
        {
            Assert.Contains($"ธรรมาภิบาล /ita/ {width}", seen);
            Assert.Contains($"ผู้รับผิดชอบ /ita/measures-2566/ {width}", seen);
        });
    }

    /// <summary>What the page script reports; Playwright fills it through its setters.</summary>
    private sealed class Occurrence
    {
        public string Word { get; set; } = "";

        public string Context { get; set; } = "";

        public int Lines { get; set; }
    }

    private static string[] ListedWords() =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.RealInput, "_data", "thai-words.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>
    /// Every occurrence of each word that is laid out for reading in the page's text nodes (inside or outside any element), with the number
    /// of lines its glyphs take: client rectangles of a range over the word, grouped by their vertical middle.
    /// </summary>
    private const string LinesOfEachOccurrence = """
        words => {
          const found = [];
          // Text kept for screen readers only (the stacked table's header row) is clipped, not laid out for reading.
          const visuallyHidden = el => {
            for (let p = el; p; p = p.parentElement) {
              if (getComputedStyle(p).clipPath !== 'none') return true;
            }
            return false;
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.data;
            if (/^(SCRIPT|STYLE)$/.test(node.parentElement.tagName) || visuallyHidden(node.parentElement)) continue;
            for (const word of words) {
              for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                if (rects.length === 0) continue;
                const middles = [];
                for (const r of rects) {
                  const middle = r.top + r.height / 2;
                  if (!middles.some(m => Math.abs(m - middle) < r.height / 2)) middles.push(middle);
                }
                const context = text.slice(Math.max(0, at - 15), at + word.length + 15).replace(/\s+/g, ' ');
                found.push({ word, context, lines: middles.length });
              }
            }
          }
          return found;
        }
        """;
}
