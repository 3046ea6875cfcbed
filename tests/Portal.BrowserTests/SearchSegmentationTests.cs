using System.Text.RegularExpressions;
using Portal.BrowserTests.Infrastructure;
using Portal.Features.Search;
using Portal.Thai;

namespace Portal.BrowserTests;

/// <summary>
/// The build cuts pages into words with the system ICU; the browser cuts queries with Chromium's
/// <c>Intl.Segmenter</c>, which carries an ICU of its own. A word cut differently on the two sides
/// can never be found, so they must agree: here on every line of the real site's Markdown and of the
/// source report in <c>seeds/</c>.
/// The two ICU versions differ on dots inside words (ICU 72 keeps <c>พ.ศ</c> and <c>www.nacc.go.th</c>
/// whole, Chromium's newer ICU cuts them), which is why both sides then split words on anything that
/// is not a letter, mark or digit (<see cref="SearchText"/>); the comparison does the same on both sides.
/// </summary>
public sealed partial class SearchSegmentationTests
{
    private const string SegmentInBrowser = """
        lines => {
          const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
          const separators = /[^\p{L}\p{Mn}\p{Mc}\p{Nd}]+/u;
          return lines.map(line => Array.from(segmenter.segment(line))
            .filter(s => s.isWordLike)
            .flatMap(s => s.segment.split(separators).filter(w => w.length > 0))
            .join('|'));
        }
        """;

    [BrowserFact]
    public async Task Icu_in_the_build_cuts_thai_as_chromiums_intl_segmenter_does()
    {
        var lines = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "input"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.RepositoryRoot, "seeds"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(SearchText.Normalize)
            .Where(line => line.Any(c => c is >= '\u0E01' and <= '\u0E5B'))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Assert.True(lines.Length > 200, $"only {lines.Length} Thai lines in input/");
        await using var served = await SearchBrowser.OpenAsync(TestSites.Real);
        await served.Page.GotoAsync(SearchBrowser.Origin + "/");

        var inBrowser = await served.Page.EvaluateAsync<string[]>(SegmentInBrowser, lines);

        var inBuild = lines.Select(line => string.Join('|', ThaiSegmenter.Words(line).SelectMany(r => Separators().Split(line[r]).Where(w => w.Length > 0)))).ToArray();
        var differences = lines.Select((line, i) => (Build: inBuild[i], Browser: inBrowser[i]))
            .Where(pair => pair.Build != pair.Browser)
            .Select(pair => $"build:   {pair.Build}\nbrowser: {pair.Browser}")
            .ToList();
        var words = inBuild.Sum(line => line.Count(c => c == '|') + 1);
        Assert.True(differences.Count == 0, $"{differences.Count} of {lines.Length} lines ({words} words) are cut differently:\n" + string.Join("\n\n", differences.Take(20)));
    }

    [GeneratedRegex(@"[^\p{L}\p{Mn}\p{Mc}\p{Nd}]+")]
    private static partial Regex Separators();
}
