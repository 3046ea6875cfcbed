using System.Diagnostics;

namespace Portal.Tests;

/// <summary>
/// Times work by the processor time this process spends on it, not by the wall clock. The tests that prove the work on
/// hostile input stays bounded (a step that grows with the square of the input takes minutes) share two cores in CI
/// with three other test classes and the browser tests' chromium, where the same work took four times as long by the
/// clock and failed limits it meets alone. Those tests belong to <see cref="Collection"/>, which runs with no other test
/// beside it in this process, so the time counted is their own work's, give or take what an earlier test left running
/// (the limits leave room for that).
/// </summary>
internal sealed class ProcessorClock
{
    public const string Collection = "timed by processor time";

    private readonly TimeSpan _start = Now();
    private TimeSpan? _stop;

    public TimeSpan Elapsed => (_stop ?? Now()) - _start;

    public static ProcessorClock StartNew() => new();

    public void Stop() => _stop ??= Now();

    private static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>The tests timed by <see cref="ProcessorClock"/> run with no other test beside them in this process.</summary>
[CollectionDefinition(ProcessorClock.Collection, DisableParallelization = true)]
public sealed class TimedByProcessorTime;
