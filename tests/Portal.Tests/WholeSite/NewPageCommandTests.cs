using System.Globalization;
using System.Text;
using Portal.Features;
using Portal.Output;

namespace Portal.Tests.WholeSite;

/// <summary><c>portal new &lt;kind&gt; &lt;path&gt;</c>: a page of each kind that builds, today's date, Thai comments; never an overwrite or a path outside input/.</summary>
[Collection(CliRunner.Collection)]
public sealed class NewPageCommandTests
{
    public static TheoryData<string> Kinds() => [.. PortalFeatures.Parts.Kinds.Names];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_new_page_of_each_kind_is_a_draft_that_builds_in_a_preview_and_is_published_once_its_placeholders_are_replaced(string kind)
    {
        using var site = TempSite.Create("basic");
        var before = DateOnly.FromDateTime(DateTime.Now);

        // A data table shows a data file that staff put in input/_data/ first; the template names the starter file.
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", $"{Portal.Features.Citizen.DataTableKind.StarterDataFile}.csv"), "เดือน,จำนวน\n2023-10,3\n");

        var run = CliRunner.Run(site.Root, "new", kind, $"staff/new-{kind}.md", "--title", "หน้าใหม่: ทดสอบ # ครั้งที่ \"1\"");

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Path.Combine(site.InputDirectory, "staff", $"new-{kind}.md");
        var text = File.ReadAllText(file);
        var date = text.Split('\n').Single(l => l.StartsWith("date: ", StringComparison.Ordinal))["date: ".Length..];
        Assert.InRange(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), before, DateOnly.FromDateTime(DateTime.Now));
        Assert.Contains($"kind: {kind}\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", text, StringComparison.Ordinal);

        var published = Build(site, includeDrafts: false);
        Assert.True(published.Result.Succeeded, TempSite.Describe(published.Result.Diagnostics));
        Assert.False(published.Target.Files.ContainsKey($"staff/new-{kind}/index.html"));

        var preview = Build(site, includeDrafts: true);
        Assert.True(preview.Result.Succeeded, TempSite.Describe(preview.Result.Diagnostics));
        Assert.Contains(preview.Result.Diagnostics, d => d.Code.Id == "PT100" && d.Severity == Portal.Diagnostics.Severity.Warning);

        File.WriteAllText(file, FilledIn(text));
        var filled = Build(site, includeDrafts: false);
        Assert.True(filled.Result.Succeeded, TempSite.Describe(filled.Result.Diagnostics));
        Assert.DoesNotContain(filled.Result.Diagnostics, d => d.Code.Id == "PT100");
        var html = Encoding.UTF8.GetString(filled.Target.Files[$"staff/new-{kind}/index.html"]);
        Assert.Contains("หน้าใหม่: ทดสอบ # ครั้งที่ &quot;1&quot;", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_page_published_with_a_placeholder_left_in_it_fails_with_pt_100_at_the_placeholder(string kind)
    {
        using var site = TempSite.Create("basic");
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", $"{Portal.Features.Citizen.DataTableKind.StarterDataFile}.csv"), "เดือน,จำนวน\n2023-10,3\n");
        CliRunner.Run(site.Root, "new", kind, $"staff/new-{kind}.md");
        var file = Path.Combine(site.InputDirectory, "staff", $"new-{kind}.md");
        var lines = File.ReadAllLines(file).Where(l => l != "draft: true").ToList();
        File.WriteAllLines(file, lines);

        var built = Build(site, includeDrafts: false);

        Assert.False(built.Result.Succeeded);
        var problem = Assert.Single(built.Result.Diagnostics, d => d.Code.Id == "PT100");
        Assert.Equal(Portal.Diagnostics.Severity.Error, problem.Severity);
        Assert.StartsWith("«เติม:", lines[problem.Location.Line - 1][(problem.Location.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_service_manual_claims_no_document_no_fee_and_no_law_of_its_own()
    {
        using var site = TempSite.Create("basic");

        CliRunner.Run(site.Root, "new", "service", "services/new-service.md");

        var lines = File.ReadAllLines(Path.Combine(site.InputDirectory, "services", "new-service.md"));
        var frontMatter = lines[1..Array.IndexOf(lines, "---", 1)].Where(l => !l.StartsWith('#')).ToList();
        Assert.DoesNotContain(frontMatter, l => l.Contains(Portal.Features.Citizen.ServiceKind.NoDocuments, StringComparison.Ordinal) || l.Contains(Portal.Features.Citizen.ServiceKind.NoFees, StringComparison.Ordinal));
        foreach (var key in new[] { "unit", "channels", "steps", "documents", "fees", "legal_basis" })
        {
            var value = string.Join('\n', frontMatter.SkipWhile(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).Take(4));
            Assert.Contains("«เติม:", value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_attachment_example_once_uncommented_names_a_file_under_input_files()
    {
        using var site = TempSite.Create("basic");
        CliRunner.Run(site.Root, "new", "page", "about/forms.md");
        var file = Path.Combine(site.InputDirectory, "about", "forms.md");
        var lines = File.ReadAllLines(file).ToList();
        var start = lines.IndexOf("# attachments:");
        for (var i = start; i < start + 3; i++)
        {
            lines[i] = lines[i][2..];
        }

        File.WriteAllText(file, FilledIn(string.Join('\n', lines) + "\n"));
        var example = lines[start + 1].Split("file: ")[1];
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.InputDirectory, "files", example))!);
        File.WriteAllBytes(Path.Combine(site.InputDirectory, "files", example), "%PDF-1.4\n%%EOF\n"u8.ToArray());

        var built = Build(site, includeDrafts: false);

        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code.Id is "PT009" or "PT010");
        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
    }

    /// <summary>What staff do before publishing: a real value for every placeholder, and the draft line removed.</summary>
    private static string FilledIn(string text)
    {
        var lines = text.Split('\n').Where(l => l != "draft: true").Select(line => line switch
        {
            _ when line.Contains("copies: \"«เติม:", StringComparison.Ordinal) => line[..line.IndexOf('"', StringComparison.Ordinal)] + "1",
            _ when line.Contains("amount: \"«เติม:", StringComparison.Ordinal) => line[..line.IndexOf('"', StringComparison.Ordinal)] + "20",
            _ when line.Contains("duration: \"«เติม:", StringComparison.Ordinal) => line[..line.IndexOf('"', StringComparison.Ordinal)] + "1 วันทำการ",
            _ => System.Text.RegularExpressions.Regex.Replace(line, "«เติม: [^»]*»", "ค่าจริง"),
        });
        return string.Join('\n', lines);
    }

    private static (BuildResult Result, MemoryTarget Target) Build(TempSite site, bool includeDrafts)
    {
        var target = new MemoryTarget();
        var result = new BuildSession(site.Options(includeDrafts: includeDrafts), PortalFeatures.Parts).Build(target);
        return (result, target);
    }

    [Fact]
    public void Every_key_in_the_front_matter_is_explained_by_a_thai_comment_above_it()
    {
        using var site = TempSite.Create("basic");

        CliRunner.Run(site.Root, "new", "news", "news/open-day");

        var lines = File.ReadAllLines(Path.Combine(site.InputDirectory, "news", "open-day.md"));
        var frontMatter = lines[1..Array.IndexOf(lines, "---", 1)];
        var keys = frontMatter.Select((line, i) => (line, i)).Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"^(# )?[a-z_]+:")).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Matches(@"^# .*[\u0E00-\u0E7F]", frontMatter[key.i - 1]));
        Assert.Contains("title: \"open-day\"", lines);
    }

    [Fact]
    public void An_existing_page_is_never_overwritten()
    {
        using var site = TempSite.Create("basic");
        var existing = Path.Combine(site.InputDirectory, "about", "history.md");
        var before = File.ReadAllBytes(existing);

        var run = CliRunner.Run(site.Root, "new", "page", "about/history.md");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("(about/history.md already exists and is not overwritten;", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(existing));
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("news/../../outside.md")]
    [InlineData("/tmp/portal-new-outside.md")]
    [InlineData("files/a.md")]
    [InlineData("_data/a.md")]
    [InlineData("news/.hidden.md")]
    public void A_path_outside_the_pages_of_input_is_refused(string path)
    {
        using var site = TempSite.Create("basic");
        var files = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count();

        var run = CliRunner.Run(site.Root, "new", "page", path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(files, Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Count());
        Assert.False(File.Exists("/tmp/portal-new-outside.md"));
    }

    [Fact]
    public void A_path_given_from_the_working_directory_lands_in_the_same_place()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "new", "page", "input/about/contact.md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.InputDirectory, "about", "contact.md")));
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_nearest_name()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "new", "nwes", "news/a.md");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("unknown page kind 'nwes'; did you mean 'news'?", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "news", "a.md")));
    }
}
