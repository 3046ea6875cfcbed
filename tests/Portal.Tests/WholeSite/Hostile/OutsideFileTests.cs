using System.Diagnostics;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Class 14 of issue 18: no file from outside <c>input/</c> or <c>theme/</c> is read or published, whether it comes
/// through a hard link, or through a symbolic link in the theme; and no command that writes under <c>input/</c> writes
/// through a link to a file outside.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class OutsideFileTests
{
    [Theory]
    [InlineData("files/report.pdf")]
    [InlineData("news/linked.md")]
    [InlineData("_data/linked.yml")]
    public void A_hard_link_in_input_to_a_file_outside_is_refused_class_14_files_from_outside(string relativePath)
    {
        using var site = HostileSite.Create();
        var secret = Outside(site.Site, "secret.txt", "---\ntitle: ความลับ\n---\nรหัสผ่าน\n");
        HardLink(secret, site.PathOf(relativePath));

        var result = site.BuildFailing();

        var refused = HostileSite.Single(result, DiagnosticCode.PathOutsideInput);
        Assert.Equal(site.Display(relativePath), refused.Location.Path);
        Assert.Contains("hard link", refused.EnglishMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assets/secret.txt")]
    [InlineData("partials/secret.liquid")]
    [InlineData("layouts/secret.liquid")]
    public void A_symbolic_link_in_the_theme_to_a_file_outside_is_refused_and_not_published_class_14_files_from_outside(string relativePath)
    {
        using var site = SiteWithOwnTheme();
        var secret = Outside(site, "secret.txt", "not for the web");
        File.CreateSymbolicLink(Path.Combine(site.ThemeDirectory, relativePath), secret);

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        var refused = Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.PathOutsideInput);
        Assert.Equal($"{site.ThemeDirectory}/{relativePath}", refused.Location.Path);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_folder_link_in_the_theme_that_leads_outside_or_loops_is_refused_class_14_files_from_outside()
    {
        using var site = SiteWithOwnTheme();
        Outside(site, "secret.txt", "not for the web");
        Directory.CreateSymbolicLink(Path.Combine(site.ThemeDirectory, "assets", "outside"), Path.Combine(site.Root, "outside"));
        Directory.CreateSymbolicLink(Path.Combine(site.ThemeDirectory, "assets", "loop"), Path.Combine(site.ThemeDirectory, "assets"));

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Equal($"{site.ThemeDirectory}/assets/outside", Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.PathOutsideInput).Location.Path);
        Assert.Equal($"{site.ThemeDirectory}/assets/loop", Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.SymbolicLinkLoop).Location.Path);
    }

    [Fact]
    public void A_hard_link_in_the_theme_is_refused_class_14_files_from_outside()
    {
        using var site = SiteWithOwnTheme();
        HardLink(Outside(site, "secret.txt", "not for the web"), Path.Combine(site.ThemeDirectory, "assets", "secret.txt"));

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Equal($"{site.ThemeDirectory}/assets/secret.txt", Assert.Single(built.Result.Diagnostics, d => d.Code == DiagnosticCode.PathOutsideInput).Location.Path);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_theme_is_still_published()
    {
        using var site = SiteWithOwnTheme();
        var css = Directory.EnumerateFiles(Path.Combine(site.ThemeDirectory, "assets"), "*.css", SearchOption.AllDirectories).First();
        File.CreateSymbolicLink(Path.Combine(site.ThemeDirectory, "assets", "alias.css"), css);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "assets"), "alias.*.css"));
    }

    [Fact]
    public void New_page_refuses_to_write_through_a_symbolically_linked_folder_class_14_files_from_outside()
    {
        using var site = TempSite.Create("basic");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "alias"), Path.Combine(site.InputDirectory, "news"));

        var throughOutside = CliRunner.Run(site.Root, "new", "page", "linked/deep/a");
        var throughInside = CliRunner.Run(site.Root, "new", "news", "alias/b");

        Assert.True(throughOutside.ExitCode == 2, throughOutside.ToString());
        Assert.Contains("input/linked is a symbolic link", throughOutside.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.True(throughInside.ExitCode == 2, throughInside.ToString());
        Assert.False(File.Exists(Path.Combine(site.InputDirectory, "news", "b.md")));
    }

    [Fact]
    public void Urls_record_refuses_a_list_that_links_or_is_hard_linked_outside_class_14_files_from_outside()
    {
        using var site = TempSite.Create("basic");
        var list = Path.Combine(site.InputDirectory, "_data", "published-urls.txt");
        var symbolic = Outside(site, "symbolic.txt", "# เดิม\n");
        File.CreateSymbolicLink(list, symbolic);

        var throughSymbolic = CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory);
        File.Delete(list);
        var hard = Outside(site, "hard.txt", "# เดิม\n");
        HardLink(hard, list);
        var throughHard = CliRunner.Run(site.Root, "urls", "--record", "--theme", site.ThemeDirectory);

        Assert.Equal("# เดิม\n", File.ReadAllText(symbolic));
        Assert.Equal("# เดิม\n", File.ReadAllText(hard));
        Assert.True(throughSymbolic.ExitCode != 0, throughSymbolic.ToString());
        Assert.True(throughHard.ExitCode != 0, throughHard.ToString());
    }

    [Fact]
    public void New_catalog_refuses_to_write_into_a_symbolically_linked_folder_class_14_files_from_outside()
    {
        using var site = TempSite.Create("oit");
        var catalogs = Path.Combine(site.InputDirectory, "_data", "oit");
        var outside = Path.Combine(site.Root, "outside-oit");
        Directory.Move(catalogs, outside);
        Directory.CreateSymbolicLink(catalogs, outside);

        var run = CliRunner.Run(site.Root, "new", "catalog", "2568", "--from", "2566");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("_data/oit is a symbolic link", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outside, "2568.yml")));
    }

    private static TempSite SiteWithOwnTheme()
    {
        var site = TempSite.Create("basic");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(site.ThemeDirectory, theme);
        return site.WithTheme(theme);
    }

    private static string Outside(TempSite site, string name, string text)
    {
        var path = Path.Combine(site.Root, "outside", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>.NET makes symbolic links but not hard links: <c>ln</c> does.</summary>
    private static void HardLink(string existing, string newName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(newName)!);
        using var ln = Process.Start("ln", [existing, newName]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }
}
