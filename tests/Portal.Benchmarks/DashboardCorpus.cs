using System.Globalization;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dashboard-sources &lt;folder&gt; [bodies]</c>: writes the synthetic sources of <c>portal dashboard</c> (8,000 bodies by
/// default, 18 of them bad) for timing the CLI on them, as README.md ("portal dashboard") shows.
/// </summary>
internal static class DashboardCorpus
{
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: dashboard-sources <folder> [bodies]");
            return 2;
        }

        var count = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8000;
        var corpus = SyntheticCoverage.Write(args[0], count);
        Console.WriteLine($"{corpus.Bodies.Count} bodies ({corpus.Bodies.Count(b => b.Problem is not null)} with a bad source) → {corpus.SourcesPath}");
        return 0;
    }
}
