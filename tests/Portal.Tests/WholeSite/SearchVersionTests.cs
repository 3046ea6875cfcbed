using System.IO.Compression;
using System.Text.Json;
using Portal.Features.Search;

namespace Portal.Tests.WholeSite;

/// <summary>
/// An OIT item's page is an older version of the same item's page in the next year's catalog (the item the page names
/// under "ในปีถัดไป"): the index scores it below that page on every word both hold, so a search finds the newest year's
/// page first.
/// </summary>
public sealed class SearchVersionTests
{
    [Fact]
    public void An_oit_item_page_scores_below_the_same_items_page_of_the_next_years_catalog()
    {
        using var site = TempSite.Create("oit");
        File.AppendAllText(Path.Combine(site.InputDirectory, "_data", "oit", "2567.yml"), """
            - code: O2
              title: แผนดำเนินงาน
              indicator: '9'
              sub_indicator: '9.2'
              requirement: แผนที่ใช้ในปี 2567
              period: annual
              data_year: same
              verified: true

            """);
        var built = site.Build();
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Contains("/ita/2567/o2/", built.Page("/ita/2566/o2/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        var (urls, terms) = Index(built);
        var older = urls.IndexOf("/ita/2566/o2/");
        var newer = urls.IndexOf("/ita/2567/o2/");
        var shared = terms.Where(t => t.Scores.ContainsKey(older) && t.Scores.ContainsKey(newer)).ToList();
        Assert.NotEmpty(shared);
        Assert.Contains(shared, t => t.Term.Contains(' ', StringComparison.Ordinal)); // the title's pairs too
        Assert.All(shared, t => Assert.True(t.Scores[older] < t.Scores[newer], $"{t.Term}: {t.Scores[older]} ≥ {t.Scores[newer]}"));
    }

    /// <summary>The URLs by document id, and every term with its score in each document that holds it.</summary>
    private static (List<string> Urls, List<(string Term, Dictionary<int, int> Scores)> Terms) Index(BuiltSite built)
    {
        var manifest = JsonDocument.Parse(built.Text(SearchIndexWriter.ManifestPath)).RootElement;
        var urls = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32())
            .Select(id => Inflated(built.Bytes(SearchIndexWriter.FragmentPath(id))).GetProperty("url").GetString()!)
            .ToList();
        var terms = new List<(string, Dictionary<int, int>)>();
        foreach (var chunk in manifest.GetProperty("chunks").EnumerateArray())
        {
            foreach (var entry in Inflated(built.Bytes($"{SearchIndexWriter.Folder}/{chunk[1].GetString()}")).EnumerateArray())
            {
                var scores = new Dictionary<int, int>();
                var id = 0;
                foreach (var (delta, score) in entry[1].EnumerateArray().Zip(entry[2].EnumerateArray()))
                {
                    id += delta.GetInt32();
                    scores[id] = score.GetInt32();
                }

                terms.Add((entry[0].GetString()!, scores));
            }
        }

        return (urls, terms);
    }

    private static JsonElement Inflated(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        return JsonDocument.Parse(input).RootElement.Clone();
    }
}
