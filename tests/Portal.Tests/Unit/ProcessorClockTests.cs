using System.Diagnostics;

namespace Portal.Tests.Unit;

[Collection(ProcessorClock.Collection)]
public sealed class ProcessorClockTests
{
    [Fact]
    public void Busy_work_counts_until_the_clock_stops()
    {
        var clock = ProcessorClock.StartNew();
        var wall = Stopwatch.StartNew();
        while (wall.ElapsedMilliseconds < 300)
        {
            // Busy: the processor time grows with the wall clock.
        }

        clock.Stop();
        var stopped = clock.Elapsed;
        Thread.Sleep(50);

        // On a busy machine the spinning thread gets only part of a core, so its share is not known; it is not nothing.
        Assert.InRange(stopped, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5));
        Assert.Equal(stopped, clock.Elapsed);
    }
}
