using System.Collections.Concurrent;
using Portal.PdfWorker;

namespace Portal.Features.Search;

/// <summary>
/// Reads the text layer of PDFs page by page in content order (<see cref="PdfPages"/>), in child processes
/// (<see cref="PdfTextWorker"/>), and judges it with <see cref="ExtractedTextQuality"/>. Reading stops once
/// <see cref="MaxCharacters"/> are read, so a long report costs no more than its first pages, and its search
/// fragment stays small.
/// </summary>
internal static class PdfTextExtractor
{
    /// <summary>The most text taken from one PDF; the rest of a longer file is not searched.</summary>
    public const int MaxCharacters = PdfPages.MaxCharacters;

    /// <summary>Workers at most: each may hold <see cref="PdfTextWorker.HeapLimitBytes"/>.</summary>
    private const int MaxWorkers = 4;

    /// <summary>Workers kept between the builds of this process (<see cref="PdfTextWorkerPool"/>).</summary>
    private static readonly PdfTextWorkerPool Workers = new(MaxWorkers);

    public static PdfText Extract(string path) => ExtractAll([path])[path];

    /// <summary>
    /// The text of each file, by its path. One worker a core reads them in turn, each worker starting once for
    /// all the files it reads, not once a file (a child process costs a runtime's start), and kept for the next
    /// build (<see cref="Workers"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, PdfText> ExtractAll(IReadOnlyCollection<string> paths)
    {
        var queue = new ConcurrentQueue<string>(paths.Distinct(StringComparer.Ordinal));
        var texts = new ConcurrentDictionary<string, PdfText>(StringComparer.Ordinal);
        var workers = Math.Min(queue.Count, Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers));
        if (workers == 0)
        {
            return texts;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var worker = Workers.Rent();
            try
            {
                while (queue.TryDequeue(out var path))
                {
                    texts[path] = Judge(worker.Read(path));
                }
            }
            finally
            {
                Workers.Return(worker);
            }
        });
        return texts;
    }

    private static PdfText Judge(PdfReading reading)
    {
        if (reading.Problem is not null)
        {
            return new PdfText(PdfTextStatus.Unreadable, "", reading.Problem);
        }

        var quality = ExtractedTextQuality.Measure(reading.Text);
        return quality.HasTooFewLetters(reading.PagesRead) ? new PdfText(PdfTextStatus.NoText, "")
            : quality.IsGarbled ? new PdfText(PdfTextStatus.Garbled, "")
            : new PdfText(PdfTextStatus.Searchable, reading.Text);
    }
}
