using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>A failed build leaves the previous output exactly as it was, and never leaves staging folders behind.</summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public void Content_errors_leave_the_previous_output_untouched()
    {
        using var good = TempSite.Create("basic");
        using var broken = TempSite.Create("error-many-errors");
        var output = good.OutputDirectory;
        Assert.True(good.Build().Result.Succeeded);
        var before = TempSite.Snapshot(output);
        var besideBefore = Beside(output);

        var result = broken.Build(outputDirectory: output).Result;

        Assert.False(result.Succeeded);
        Assert.Equal(before, TempSite.Snapshot(output));
        Assert.Equal(besideBefore, Beside(output));
        AssertNoStagingFolders(output);
    }

    [Fact]
    public void Write_stage_failure_leaves_the_previous_output_untouched()
    {
        // A file under input/files/ that is listed but cannot be read (a dangling link). It is now reported when
        // the input is walked (PT019); whichever stage catches it, the previous output must survive.
        using var good = TempSite.Create("basic");
        using var unreadable = TempSite.Create("basic");
        unreadable.AddDanglingFile("files/reports/gone.pdf");
        var output = good.OutputDirectory;
        Assert.True(good.Build().Result.Succeeded);
        var before = TempSite.Snapshot(output);
        var besideBefore = Beside(output);

        BuildResult? result = null;
        var thrown = Record.Exception(() => result = unreadable.Build(outputDirectory: output).Result);

        Assert.True(thrown is not null || result is { Succeeded: false }, "a site with an unreadable file cannot have been written");
        Assert.Equal(before, TempSite.Snapshot(output));
        Assert.Equal(besideBefore, Beside(output));
        AssertNoStagingFolders(output);
    }

    [Fact]
    public void Output_path_clashes_are_reported_as_content_errors_not_thrown()
    {
        // A page published at /sitemap.xml/ collides on disk with the generated sitemap.xml, and input/files.md
        // (→ files/index.html) would collide with the uploaded input/files/index.html, which is refused before
        // that as an attachment type that is not published. Both are content mistakes: they must be diagnostics
        // (exit code 1), not an exception from the write stage.
        using var site = TempSite.Create("error-output-clash");

        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        var errors = built.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Location.Path == site.Display("sitemap.xml.md"));
        Assert.Contains(errors, d => d.Location.Path == site.Display("files/index.html") && d.Code == DiagnosticCode.AttachmentTypeNotAllowed);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Successful_build_replaces_the_whole_output_and_leaves_only_its_lock_file_beside()
    {
        using var site = TempSite.Create("basic");
        var output = site.OutputDirectory;
        Assert.True(site.Build().Result.Succeeded);
        var first = TempSite.Snapshot(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "<p>เก่า</p>");
        Directory.CreateDirectory(Path.Combine(output, "old-section"));

        Assert.True(site.Build().Result.Succeeded);

        Assert.Equal(first, TempSite.Snapshot(output));
        Assert.False(Directory.Exists(Path.Combine(output, "old-section")));
        Assert.Equal(["._site.lock", "_site", "input"], Beside(output));
    }

    [Fact]
    public void Build_without_writing_checks_but_writes_nothing()
    {
        using var site = TempSite.Create("basic");
        var result = SiteBuild.Run(site.Options(), PortalFeatures.Parts, write: false);
        Assert.True(result.Succeeded);
        Assert.True(result.PageCount > 0);
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Equal(["input"], Beside(site.OutputDirectory));
    }

    /// <summary>The names in the output folder's parent, sorted.</summary>
    private static List<string> Beside(string output) =>
        [.. Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static void AssertNoStagingFolders(string output)
    {
        var name = Path.GetFileName(output);
        Assert.DoesNotContain(Beside(output), n => n.StartsWith($".{name}.new-", StringComparison.Ordinal));
    }
}
