using System.Diagnostics;
using System.Globalization;
using FsCheck;

// Every fuzz target is a test class of its own, and all of them run at once: the fuzz run takes one target's time,
// not the sum of them, and the targets share the cores meanwhile.
[assembly: CollectionBehavior(MaxParallelThreads = -1)]

namespace Portal.Fuzz;

/// <summary>
/// How long each fuzz target runs. FsCheck counts tests, not seconds, so a target runs batches of fresh random tests
/// until its time is spent: <c>PORTAL_FUZZ_SECONDS</c> seconds if set, else 10 in CI (<c>CI=true</c>) and 2 on a
/// developer's machine; set it higher for a longer hunt. The nine targets run side by side on every core, so in CI
/// they take about 10 s of the run and 20 CPU-seconds between them, where one after another (20 s for each of the
/// first five, 8 s for each later one) they took 120 s. Batches are small so that a target stops close to its time.
/// </summary>
internal static class FuzzBudget
{
    private const int BatchSize = 5;

    public static TimeSpan PerTarget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("PORTAL_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 10
        : 2);

    /// <summary>Checks <paramref name="property"/> in batches until the budget is spent; a failure throws with the shrunk input and the seed to replay it.</summary>
    public static int Run(Property property)
    {
        var clock = Stopwatch.StartNew();
        var tests = 0;
        do
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(BatchSize).WithQuietOnSuccess(true), property);
            tests += BatchSize;
        }
        while (clock.Elapsed < PerTarget);

        return tests;
    }
}
