using System.Diagnostics;
using System.Text;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Issue 18, class 7: bounded work per page. The two shapes that were quadratic, as whole builds: 400,000 short
/// setext headings (1.6 MB, 55 s before), and a 0.9 MB page against a 2.5 MB list of words to keep on one line (86 s).
/// </summary>
public sealed class BoundedWorkPerPageTests
{
    /// <summary>Far above what these builds take now (a few seconds on two busy cores), far below the quadratic times.</summary>
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public void Four_hundred_thousand_setext_headings_build_in_seconds_class_7_bounded_work_per_page()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "setext.md"), "---\ntitle: หัวข้อ\n---\n\n" + string.Concat(Enumerable.Repeat("a\n=\n", 400_000)));

        var (result, elapsed) = TimedBuild(site);

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.True(elapsed < Generous, $"the build took {elapsed}");
    }

    [Fact]
    public void A_two_and_a_half_megabyte_keep_word_list_and_a_large_Thai_page_build_in_seconds_class_7_bounded_work_per_page()
    {
        using var site = TempSite.Create("basic");
        var random = new Random(18);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var listBytes = 0;
        while (listBytes < 2_500_000)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(4, 9)).Select(i => (char)('ก' + random.Next(i == 0 ? 40 : 48))));
            if (words.Add(word))
            {
                listBytes += Encoding.UTF8.GetByteCount(word) + 1;
            }
        }

        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", "thai-words.txt"), string.Join('\n', words));
        var listed = words.Take(2_000).ToArray();
        var body = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(body.ToString()) < 900_000)
        {
            body.AppendJoin("", Enumerable.Range(0, 1_000).Select(_ => listed[random.Next(listed.Length)] + (random.Next(6) == 0 ? " " : "")));
            body.Append("\n\n");
        }

        File.WriteAllText(Path.Combine(site.InputDirectory, "words.md"), "---\ntitle: คำ\n---\n\n" + body);

        var (result, elapsed) = TimedBuild(site);

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.Contains("app-keep-word", File.ReadAllText(Path.Combine(site.OutputDirectory, "words", "index.html")), StringComparison.Ordinal);
        Assert.True(elapsed < Generous, $"the build took {elapsed}");
    }

    private static (BuildResult Result, TimeSpan Elapsed) TimedBuild(TempSite site)
    {
        var clock = Stopwatch.StartNew();
        var result = site.Build().Result;
        return (result, clock.Elapsed);
    }
}
