using System.Diagnostics;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Class 1: every path is resolved to its real path; links out, dangling links, loops and special files are reported at the path.</summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public void AttachmentLinkedToASystemFile_IsReported_NotPublished()
    {
        using var site = HostileSite.Create();
        File.CreateSymbolicLink(site.PathOf("files/passwd.pdf"), "/etc/passwd");

        var result = site.BuildFailing();

        Assert.Equal(site.Display("files/passwd.pdf"), HostileSite.Single(result, DiagnosticCode.PathOutsideInput).Location.Path);
    }

    [Fact]
    public void ChainOfRelativeLinks_ThatEndsOutside_IsReported()
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
    public void HiddenFolderLinkedOutside_IsNeverReadOrPublished()
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
    public void DanglingLinks_AreReportedAtTheirPath_NotThrown()
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
    public void FolderLinkToItsOwnParent_IsALoop_AndTheSiteIsNotPublishedAgainUnderIt()
    {
        using var site = HostileSite.Create();
        Directory.CreateSymbolicLink(site.PathOf("about/again"), site.Input);

        var result = site.BuildFailing();

        Assert.Equal(site.Display("about/again"), HostileSite.Single(result, DiagnosticCode.SymbolicLinkLoop).Location.Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.Contains("about/again/", StringComparison.Ordinal));
    }

    [Fact]
    public void LinksThatPointAtEachOther_AreALoop()
    {
        using var site = HostileSite.Create();
        File.CreateSymbolicLink(site.PathOf("ping.md"), "pong.md");
        File.CreateSymbolicLink(site.PathOf("pong.md"), "ping.md");

        var result = site.BuildFailing();

        var loops = result.Diagnostics.Where(d => d.Code == DiagnosticCode.SymbolicLinkLoop).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("ping.md"), site.Display("pong.md")], loops);
    }

    [Fact]
    public void NamedPipes_AreReported_WithoutWaitingForAWriter()
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
    public void EmptyRegularFiles_AreStillRegularFiles()
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
