using BenchmarkDotNet.Running;
using Portal.Benchmarks;

if (args.Length > 0 && args[0] == "generate")
{
    return CorpusGenerator.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "serve-latency")
{
    return await ServeLatency.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
return 0;
