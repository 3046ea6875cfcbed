using System.Globalization;
using System.Text;
using Portal.Output;

namespace Portal.Tests.WholeSite;

/// <summary><c>portal new &lt;kind&gt; &lt;path&gt;</c>: a page of each kind that builds, today's date, Thai comments; never an overwrite or a path outside input/.</summary>
[Collection(CliRunner.Collection)]
public sealed class NewPageCommandTests
{
    public static TheoryData<string> Kinds() => [.. BuildParts.BuiltIn.Kinds.Names];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_new_page_of_each_kind_builds_without_errors_and_is_published(string kind)
    {
        using var site = TempSite.Create("basic");
        var before = DateOnly.FromDateTime(DateTime.Now);

        // A data table shows a data file that staff put in input/_data/ first; the template names the starter file.
        File.WriteAllText(Path.Combine(site.InputDirectory, "_data", $"{Portal.Kinds.DataTableKind.StarterDataFile}.csv"), "เดือน,จำนวน\n2023-10,3\n");

        var run = CliRunner.Run(site.Root, "new", kind, $"staff/new-{kind}.md", "--title", "หน้าใหม่: ทดสอบ # ครั้งที่ \"1\"");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(Path.Combine(site.InputDirectory, "staff", $"new-{kind}.md"));
        var date = text.Split('\n').Single(l => l.StartsWith("date: ", StringComparison.Ordinal))["date: ".Length..];
        Assert.InRange(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), before, DateOnly.FromDateTime(DateTime.Now));
        Assert.Contains($"kind: {kind}\n", text, StringComparison.Ordinal);
        var target = new MemoryTarget();
        var result = new BuildSession(site.Options()).Build(target);
        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        var html = Encoding.UTF8.GetString(target.Files[$"staff/new-{kind}/index.html"]);
        Assert.Contains("หน้าใหม่: ทดสอบ # ครั้งที่ &quot;1&quot;", html, StringComparison.Ordinal);
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
