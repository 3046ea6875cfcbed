using System.Collections.Concurrent;

namespace Portal.Features.Search;

/// <summary>
/// PDF readers whose child process is started and waiting, kept for the next build of this process (a preview after an
/// edit, the next build of a test run): a child costs a runtime's start, about a third of a second, where a small
/// site's whole build takes milliseconds. At most <paramref name="capacity"/> wait; a child ends with this process,
/// when its input closes. A worker whose child failed starts a new one on its next file, as before.
/// </summary>
internal sealed class PdfTextWorkerPool(int capacity)
{
    private readonly ConcurrentBag<PdfTextWorker> _idle = [];

    /// <summary>A waiting worker, or a new one.</summary>
    public PdfTextWorker Rent() => _idle.TryTake(out var worker) ? worker : new PdfTextWorker();

    /// <summary>Keeps <paramref name="worker"/> for a later build, or ends it when <c>capacity</c> already wait.</summary>
    public void Return(PdfTextWorker worker)
    {
        if (_idle.Count < capacity)
        {
            _idle.Add(worker);
        }
        else
        {
            worker.Dispose();
        }
    }
}
