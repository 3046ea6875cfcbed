using Portal.Features.Search;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Unit.Search;

/// <summary>A PDF reader's child process serves the next build of the same process instead of a new runtime starting for it.</summary>
public sealed class PdfTextWorkerPoolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-pdf-pool-").FullName;

    [Fact]
    public void A_returned_worker_reads_the_next_file_in_the_same_child_process()
    {
        var pool = new PdfTextWorkerPool(capacity: 1);
        var first = pool.Rent();
        Assert.Null(first.Read(Pdf()).Problem);
        var child = first.ProcessId;
        pool.Return(first);

        var second = pool.Rent();
        Assert.Null(second.Read(Pdf()).Problem);

        Assert.Same(first, second);
        Assert.NotNull(child);
        Assert.Equal(child, second.ProcessId);
        second.Dispose();
    }

    [Fact]
    public void A_worker_returned_to_a_full_pool_ends_its_child()
    {
        var pool = new PdfTextWorkerPool(capacity: 1);
        var kept = pool.Rent();
        var extra = pool.Rent();
        kept.Read(Pdf());
        extra.Read(Pdf());

        pool.Return(kept);
        pool.Return(extra);

        Assert.NotNull(kept.ProcessId);
        Assert.Null(extra.ProcessId);
        Assert.NotSame(extra, pool.Rent());
        kept.Dispose();
    }

    private string Pdf()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, TestPdfs.LatinText(["Transparency report"]));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
