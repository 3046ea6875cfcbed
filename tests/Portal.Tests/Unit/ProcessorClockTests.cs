using System.Diagnostics;

namespace Portal.Tests.Unit;

[Collection(ProcessorClock.Collection)]
public sealed class ProcessorClockTests
{
    [Fact]
    public void Work_counts_and_waiting_does_not()
    {
        var working = ProcessorClock.StartNew();
        var wall = Stopwatch.StartNew();
        while (wall.ElapsedMilliseconds < 300)
        {
            // Busy: the processor time grows with the wall clock.
        }

        working.Stop();
        var waiting = ProcessorClock.StartNew();
        Thread.Sleep(300);
        waiting.Stop();

        // On a busy machine the spinning thread gets only part of a core, so its share is not known; it is not nothing.
        Assert.InRange(working.Elapsed, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5));
        Assert.True(waiting.Elapsed < TimeSpan.FromMilliseconds(150), $"300 ms of sleep counted {waiting.Elapsed}");
    }
}
