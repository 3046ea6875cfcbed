namespace Portal.Tests.WholeSite;

/// <summary>The same content always makes the same bytes, wherever it is built (rendering runs in parallel).</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Same_fixture_built_twice_is_byte_identical()
    {
        using var first = TempSite.Create("basic");
        using var second = TempSite.Create("basic");
        var a = first.Build();
        var b = second.Build();
        var c = first.Build(outputDirectory: Path.Combine(first.Root, "another-output"));
        Assert.True(a.Result.Succeeded && b.Result.Succeeded && c.Result.Succeeded);

        var snapshotA = TempSite.Snapshot(a.OutputDirectory);
        Assert.True(snapshotA.Count > 10);
        AssertSame(snapshotA, TempSite.Snapshot(b.OutputDirectory));
        AssertSame(snapshotA, TempSite.Snapshot(c.OutputDirectory));
    }

    [Fact]
    public void Same_fixture_built_twice_reports_the_same_diagnostics_in_the_same_order()
    {
        using var site = TempSite.Create("error-many-errors");
        var first = site.Build().Result.Diagnostics;
        var second = site.Build().Result.Diagnostics;
        Assert.Equal(first, second);
    }

    private static void AssertSame(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        var different = expected.Where(kv => actual[kv.Key] != kv.Value).Select(kv => kv.Key);
        Assert.Empty(different);
    }
}
