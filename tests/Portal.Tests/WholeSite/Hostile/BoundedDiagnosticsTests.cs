using System.Globalization;
using System.Text.Json;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Issue 18, class 8: warnings have a bound. Of each code in each file the first five are shown, then one line that
/// counts the rest, in every format; the count, not the messages, is kept, and errors still fail the build.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class BoundedDiagnosticsTests
{
    private const int RawTagLines = 20_000;

    [Fact]
    public void Forty_thousand_raw_tags_show_five_and_one_counted_summary_in_every_format_class_8_bounded_diagnostics()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "tags.md"), "---\ntitle: แท็ก\n---\n\n" + string.Concat(Enumerable.Repeat("<b>x</b>\n", RawTagLines)));
        const int tags = 2 * RawTagLines;
        const int omitted = tags - DiagnosticBag.ShownPerFileAndCode;

        var json = JsonDocument.Parse(CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", "json").StandardOutput).RootElement;
        var github = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory, "--format", "github").OutputLines;
        var text = CliRunner.Run(site.Root, "check", "--theme", site.ThemeDirectory).ErrorLines;

        var entries = json.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "PT036").ToList();
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, entries.Count);
        Assert.Equal(omitted, entries[^1].GetProperty("omitted").GetInt32());
        Assert.Equal(tags, json.GetProperty("warnings").GetInt32());
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, github.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal) && l.Contains("title=PT036", StringComparison.Ordinal)));
        var pt036 = text.Where(l => l.Contains("warning PT036", StringComparison.Ordinal)).ToList();
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, pt036.Count);
        var count = omitted.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"และอีก {count} รายการของ PT036", pt036[^1], StringComparison.Ordinal);
        Assert.Contains($"and {count} more PT036", pt036[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_beyond_the_five_shown_still_fail_the_build_and_are_counted_class_8_bounded_diagnostics()
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "links.md"), "---\ntitle: ลิงก์\n---\n\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"[ก](/missing-{i}/)\n\n")));

        var run = CliRunner.Run(site.Root, "build", "--theme", site.ThemeDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        var errors = run.ErrorLines.Where(l => l.Contains("error PT007", StringComparison.Ordinal)).ToList();
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, errors.Count);
        Assert.Contains("and 3 more PT007", errors[^1], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("พบข้อผิดพลาด 8 รายการ", StringComparison.Ordinal) && l.Contains("8 error(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_million_warnings_keep_five_and_a_count_not_a_million_messages_class_8_bounded_diagnostics()
    {
        const int added = 1_000_000;
        var bag = new DiagnosticBag();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var line = 1; line <= added; line++)
        {
            bag.Add(Diagnostic.Warning(DiagnosticCode.RawHtml, new SourceLocation("input/a.md", line), $"แท็กที่บรรทัด {line}", $"a tag on line {line}"));
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        var read = bag.ToSortedList();
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, read.Count);
        Assert.Equal(Enumerable.Range(1, DiagnosticBag.ShownPerFileAndCode), read.Take(DiagnosticBag.ShownPerFileAndCode).Select(d => d.Location.Line));
        Assert.Equal(added - DiagnosticBag.ShownPerFileAndCode, read[^1].Omitted);
        Assert.Equal(added, Diagnostic.CountOf(read, Severity.Warning));

        // The counter's fingerprints have a fixed bound (a few MB); a million stored messages take hundreds.
        Assert.True(grown < 16_000_000, $"the bag grew by {grown:N0} bytes");
    }

    [Fact]
    public void The_same_problems_reported_by_every_page_of_a_folder_are_counted_once_class_8_bounded_diagnostics()
    {
        var build = new DiagnosticBag();
        for (var page = 0; page < 100; page++)
        {
            // Each page reads its folder's defaults again, and reports their seven bad keys again.
            var problems = new DiagnosticBag();
            for (var key = 1; key <= 7; key++)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.UnknownKey, new SourceLocation("input/news/_defaults.yml", key), $"คีย์ {key}", $"key {key}"));
            }

            build.AddRange(problems.ToSortedList());
        }

        var read = build.ToSortedList();
        Assert.Equal(DiagnosticBag.ShownPerFileAndCode + 1, read.Count);
        Assert.Equal(2, read[^1].Omitted);
        Assert.Equal(Severity.Error, read[^1].Severity);
        Assert.True(build.HasErrors);
    }
}
