using System.Text;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Issue 18, class 7: bounded work per page. The shapes that were quadratic, as whole builds: 240,000 short setext
/// headings (about 35 s before), a 0.9 MB page against a 2.5 MB list of words to keep on one line (86 s), web addresses
/// in one paragraph (80,000 took 48 s); and five megabytes of any shape, which either build or are refused (PT107)
/// within the time.
/// </summary>
[Collection(ProcessorClock.Collection)]
public sealed class BoundedWorkPerPageTests
{
    /// <summary>Far above the processor time these builds take now (a few seconds), far below the quadratic times.</summary>
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public void Two_hundred_forty_thousand_setext_headings_build_in_seconds_class_7_bounded_work_per_page()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "setext.md"), "---\ntitle: หัวข้อ\n---\n\n" + string.Concat(Enumerable.Repeat("a\n=\n", 240_000)));

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

    /// <summary>Pages of five megabytes, each of one shape repeated: the most elements a page can hold, or the costliest for Markdig.</summary>
    public static TheoryData<string, string> FiveMegabyteShapes() => new()
    {
        { "setext headings", "a\n-\n" },
        { "ATX headings", "# a\n" },
        { "paragraphs", "a\n\n" },
        { "list items", "- a\n" },
        { "block quotes", "> a\n" },
        { "table cells", "|a" },
        { "links", "[a](/) " },
        { "web addresses", "www.a.bc " },
        { "emphasis", "*a* " },
        { "code spans", "`a` " },
        { "entities", "&amp;" },
        { "raw HTML", "<b>x</b>" },
        { "escapes", "\\a" },
        { "Thai prose", "การประเมินคุณธรรมและความโปร่งใส " },
    };

    [Theory]
    [MemberData(nameof(FiveMegabyteShapes))]
    public void Five_megabytes_of_any_shape_build_or_are_refused_within_ten_seconds_class_7_bounded_work_per_page(string shape, string unit)
    {
        using var site = TempSite.Create("basic");
        var body = new StringBuilder("---\ntitle: ใหญ่\n---\n\n");
        var table = unit == "|a";
        var lineBytes = Encoding.UTF8.GetByteCount(unit) * (table ? 1_000 : 1) + (table ? 2 : 0);
        for (var lines = 5_000_000 / lineBytes; lines > 0; lines--)
        {
            body.Insert(body.Length, unit, table ? 1_000 : 1);
            if (table)
            {
                body.Append("|\n");
            }
        }

        File.WriteAllText(Path.Combine(site.InputDirectory, "big.md"), body.ToString());

        var (result, elapsed) = TimedBuild(site);

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{shape}: the build took {elapsed}");
        Assert.All(result.Diagnostics.Where(d => d.Severity == Portal.Diagnostics.Severity.Error), d => Assert.Contains(d.Code.Id, new[] { "PT107", "PT024" }));
    }

    [Fact]
    public void A_page_just_within_the_element_budget_builds_and_one_past_it_is_PT107_at_the_line_class_7_bounded_work_per_page()
    {
        using var site = TempSite.Create("basic");
        var within = string.Concat(Enumerable.Repeat("a\n\n", 240_000));
        File.WriteAllText(Path.Combine(site.InputDirectory, "within.md"), "---\ntitle: ใน\n---\n\n" + within);
        File.WriteAllText(Path.Combine(site.InputDirectory, "past.md"), "---\ntitle: เกิน\n---\n\n" + within + string.Concat(Enumerable.Repeat("|a|\n", 20_000)));

        var (result, elapsed) = TimedBuild(site);

        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error);
        Assert.Equal(("PT107", site.Display("past.md")), (problem.Code.Id, problem.Location.Path));
        Assert.InRange(problem.Location.Line, 480_004, 500_004);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"the build took {elapsed}");
    }

    private static (BuildResult Result, TimeSpan Elapsed) TimedBuild(TempSite site)
    {
        var clock = ProcessorClock.StartNew();
        var result = site.Build().Result;
        return (result, clock.Elapsed);
    }
}
