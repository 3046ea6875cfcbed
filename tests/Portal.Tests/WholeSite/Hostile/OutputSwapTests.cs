namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Class 10: a build killed at any point of the output swap is repaired by the next build, and leaves nothing behind but the lock file (<see cref="Portal.Output.OutputFolder.LockPath"/>).</summary>
public sealed class OutputSwapTests
{
    [Fact]
    public void Killed_between_the_two_renames_next_build_finishes_the_swap()
    {
        // The killed build had moved the old site aside and had a complete new one ready: no _site at all.
        using var site = TempSite.Create("basic");
        Assert.True(site.Build().Result.Succeeded);
        var expected = TempSite.Snapshot(site.OutputDirectory);
        Directory.Move(site.OutputDirectory, Beside(site, "._site.new-killed.complete"));
        Directory.CreateDirectory(Beside(site, "._site.new-killed.old"));
        File.WriteAllText(Path.Combine(Beside(site, "._site.new-killed.old"), "old.html"), "เก่า");

        var result = site.Build().Result;

        Assert.True(result.Succeeded);
        Assert.Equal(expected, TempSite.Snapshot(site.OutputDirectory));
        Assert.Equal(["._site.lock", "_site", "input"], Names(site));
    }

    [Fact]
    public void Killed_after_moving_the_old_site_aside_a_failed_build_still_finds_the_old_site_back()
    {
        using var good = TempSite.Create("basic");
        using var broken = TempSite.Create("error-many-errors");
        Assert.True(good.Build().Result.Succeeded);
        var previous = TempSite.Snapshot(good.OutputDirectory);
        Directory.Move(good.OutputDirectory, Beside(good, "._site.new-killed.old"));
        Directory.CreateDirectory(Beside(good, "._site.new-killed"));

        // The next build fails on content, so it writes nothing; the build after it that succeeds repairs.
        Assert.False(broken.Build(outputDirectory: good.OutputDirectory).Result.Succeeded);
        var repaired = good.Build().Result;

        Assert.True(repaired.Succeeded);
        Assert.Equal(previous, TempSite.Snapshot(good.OutputDirectory));
        Assert.Equal(["._site.lock", "_site", "input"], Names(good));
    }

    [Fact]
    public void Staging_folders_of_killed_builds_are_cleaned()
    {
        using var site = TempSite.Create("basic");
        Assert.True(site.Build().Result.Succeeded);
        foreach (var name in new[] { "._site.new-1", "._site.new-2", "._site.new-3.complete" })
        {
            Directory.CreateDirectory(Path.Combine(Beside(site, name), "news"));
            File.WriteAllText(Path.Combine(Beside(site, name), "news", "index.html"), "ครึ่งเดียว");
        }

        Assert.True(site.Build().Result.Succeeded);

        Assert.Equal(["._site.lock", "_site", "input"], Names(site));
        Assert.NotEqual("ครึ่งเดียว", File.ReadAllText(Path.Combine(site.OutputDirectory, "news", "index.html")));
    }

    private static string Beside(TempSite site, string name) => Path.Combine(site.Root, name);

    private static List<string> Names(TempSite site) =>
        [.. Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
