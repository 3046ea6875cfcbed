using System.Diagnostics;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Class 1: every path is resolved to its real path; links out, dangling links, loops and special files are reported at the path.</summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public void Attachment_linked_to_a_system_file_is_reported_not_published()
    {
        using var site = HostileSite.Create();
        File.CreateSymbolicLink(site.PathOf("files/passwd.pdf"), "/etc/passwd");

        var result = site.BuildFailing();

        Assert.Equal(site.Display("files/passwd.pdf"), HostileSite.Single(result, DiagnosticCode.PathOutsideInput).Location.Path);
    }

    [Fact]
    public void Chain_of_relative_links_that_ends_outside_is_reported()
    {
        using var site = HostileSite.Create();
        var outside = Path.Combine(site.Site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");

        // files/a.txt → ../hop (inside input/) → ../outside/secret.txt: only the last step leaves. The hop is a
        // link out of input/ itself, and is reported too.
        File.CreateSymbolicLink(site.PathOf("hop"), "../outside/secret.txt");
        File.CreateSymbolicLink(site.PathOf("files/a.txt"), "../hop");

        var result = site.BuildFailing();

        var escapes = result.Diagnostics.Where(d => d.Code == DiagnosticCode.PathOutsideInput).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("files/a.txt"), site.Display("hop")], escapes);
    }

    [Fact]
    public void Hidden_folder_linked_outside_is_never_read_or_published()
    {
        using var site = HostileSite.Create();
        var outside = Path.Combine(site.Site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.pdf"), "secret");
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: ข้างนอก\n---\n");
        Directory.CreateSymbolicLink(site.PathOf("files/.sync"), outside);
        Directory.CreateSymbolicLink(site.PathOf(".cache"), outside);

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        var published = Directory.EnumerateFiles(site.Site.OutputDirectory, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(published, f => f.Contains("secret", StringComparison.Ordinal) || f.Contains(".sync", StringComparison.Ordinal));
    }

    [Fact]
    public void Dangling_links_are_reported_at_their_path_not_thrown()
    {
        using var site = HostileSite.Create();
        site.Site.AddDanglingFile("about/gone.md");
        site.Site.AddDanglingFile("files/gone.pdf");
        site.Site.AddDanglingFile("_data/gone.yml");

        var result = site.BuildFailing();

        var paths = result.Diagnostics.Where(d => d.Code == DiagnosticCode.BrokenSymbolicLink).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("_data/gone.yml"), site.Display("about/gone.md"), site.Display("files/gone.pdf")], paths);
    }

    [Fact]
    public void Folder_link_to_its_own_parent_is_a_loop_and_the_site_is_not_published_again_under_it()
    {
        using var site = HostileSite.Create();
        Directory.CreateSymbolicLink(site.PathOf("about/again"), site.Input);

        var result = site.BuildFailing();

        Assert.Equal(site.Display("about/again"), HostileSite.Single(result, DiagnosticCode.SymbolicLinkLoop).Location.Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.Contains("about/again/", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_that_point_at_each_other_are_a_loop()
    {
        using var site = HostileSite.Create();
        File.CreateSymbolicLink(site.PathOf("ping.md"), "pong.md");
        File.CreateSymbolicLink(site.PathOf("pong.md"), "ping.md");

        var result = site.BuildFailing();

        var loops = result.Diagnostics.Where(d => d.Code == DiagnosticCode.SymbolicLinkLoop).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("ping.md"), site.Display("pong.md")], loops);
    }

    [Fact]
    public void Named_pipes_are_reported_without_waiting_for_a_writer()
    {
        using var site = HostileSite.Create();
        MakeFifo(site.PathOf("news/pipe.md"));
        MakeFifo(site.PathOf("files/pipe.pdf"));
        MakeFifo(site.PathOf("_data/pipe.yml"));

        var result = site.BuildFailing();

        var special = result.Diagnostics.Where(d => d.Code == DiagnosticCode.SpecialFile).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("_data/pipe.yml"), site.Display("files/pipe.pdf"), site.Display("news/pipe.md")], special);
    }

    [Fact]
    public void Empty_regular_files_are_still_regular_files()
    {
        using var site = HostileSite.Create();
        site.WriteBytes("files/empty.pdf", []);

        var built = site.Build();

        Assert.True(built.Succeeded, TempSite.Describe(built.Diagnostics));
        Assert.Empty(File.ReadAllBytes(Path.Combine(site.Site.OutputDirectory, "files", "empty.pdf")));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
