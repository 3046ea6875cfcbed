using BenchmarkDotNet.Running;
using Portal.Benchmarks;

if (args.Length > 0 && args[0] == "generate")
{
    return CorpusGenerator.Run(args[1..]);
}

switch (args.FirstOrDefault())
{
    case "search-index":
        return SearchIndexTiming.Run(args[1..]);
    case "pdf-index":
        return PdfIndexTiming.Run(args[1..]);
    case "search-compare":
        return await SearchComparison.RunAsync(args[1..]);
    case "search-relevance":
        return await SearchRelevanceComparison.RunAsync(args[1..]);
    case "serve-latency":
        return await ServeLatency.Run(args[1..]);
    case "dashboard-sources":
        return DashboardCorpus.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
return 0;
