using System.Diagnostics;
using System.Globalization;
using FsCheck;

namespace Portal.Fuzz;

/// <summary>
/// How long each property runs. FsCheck counts tests, not seconds, so a property runs batches of fresh random
/// tests until its share of the time is spent: <c>PORTAL_FUZZ_SECONDS</c> seconds if set, else 20 in CI
/// (<c>CI=true</c>; six properties, about two minutes in all) and 2 on a developer's machine.
/// </summary>
internal static class FuzzBudget
{
    private const int BatchSize = 25;

    public static TimeSpan PerProperty { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("PORTAL_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 20
        : 2);

    /// <summary>Checks <paramref name="property"/> in batches until the budget is spent; a failure throws with the shrunk input and the seed to replay it.</summary>
    public static int Run(Property property, TimeSpan? budget = null)
    {
        var clock = Stopwatch.StartNew();
        var tests = 0;
        do
        {
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(BatchSize).WithQuietOnSuccess(true), property);
            tests += BatchSize;
        }
        while (clock.Elapsed < (budget ?? PerProperty));

        return tests;
    }
}
