using Portal.Thai;

namespace Portal.Output;

/// <summary>
/// The write stage. Everything goes into a fresh staging folder beside the output folder; only when every
/// file is written is the old output swapped out for the new one, so a failed build never leaves a
/// half-written site. The swap is two renames; each step leaves a folder whose name says how far it got,
/// so a build killed at any point is repaired by the next one (see <see cref="Recover"/>). The new site gets the
/// marker that lets the next build replace it (<see cref="OutputFolder"/>).
/// </summary>
internal static class SiteWriter
{
    /// <param name="written">Called (from any thread) with the number of files written so far.</param>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, Action<int>? written = null)
    {
        using var staged = Stage(outputDirectory);
        staged.Commit(files, written);
    }

    /// <summary>A fresh staging folder, to which files may be added before the rest is committed; disposed uncommitted, it is deleted.</summary>
    public static StagedSite Stage(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write the site to {output}");
        Directory.CreateDirectory(parent);
        var names = new SwapNames(output, Guid.NewGuid().ToString("N"));
        Recover(names);
        Directory.CreateDirectory(names.Staging);
        return new StagedSite(names);
    }

    /// <summary>A site being written into its staging folder (<see cref="Stage"/>).</summary>
    internal sealed class StagedSite(SwapNames names) : IDisposable
    {
        /// <summary>The name of <see cref="Texts"/> inside the staging folder.</summary>
        public const string TextFileName = ".portal-texts";

        private PackedTextFile? _texts;

        /// <summary>A file inside the staging folder for what the build reads back before it commits (the pages' search text); it is gone before the folder becomes the site.</summary>
        public PackedTextFile Texts() => _texts ??= PackedTextFile.Create(Path.Combine(names.Staging, TextFileName));

        /// <summary>Writes one file now (from any thread); returns where it is until the site is committed.</summary>
        public string Add(OutputFile file)
        {
            var target = Path.Combine(names.Staging, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            WriteFile(target, file);
            return target;
        }

        /// <summary>Writes the rest of the site beside what was added, and swaps it in for the output folder.</summary>
        /// <param name="written">Called (from any thread) with the number of <paramref name="files"/> written so far.</param>
        public void Commit(IReadOnlyList<OutputFile> files, Action<int>? written)
        {
            _texts?.Dispose();
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.RelativePath)).Distinct().OfType<string>().Where(f => f.Length > 0))
            {
                Directory.CreateDirectory(Path.Combine(names.Staging, folder));
            }

            var count = 0;
            ParallelWrite(files, file =>
            {
                WriteFile(Path.Combine(names.Staging, file.RelativePath), file);
                written?.Invoke(Interlocked.Increment(ref count));
            });
            File.WriteAllBytes(Path.Combine(names.Staging, OutputFolder.MarkerName), OutputFolder.MarkerContent);
            Directory.Move(names.Staging, names.Complete);
            Swap(names);
        }

        public void Dispose()
        {
            _texts?.Dispose();
            DeleteIfPresent(names.Staging);
        }

        private static void WriteFile(string target, OutputFile file)
        {
            if (file.Content is not null)
            {
                File.WriteAllBytes(target, file.Content);
            }
            else if (file.CopyFrom is not null)
            {
                File.Copy(file.CopyFrom, target);
            }
        }
    }

    /// <summary>
    /// Repairs what a killed build left beside the output folder. A complete new site whose swap did not
    /// finish is put in place when the output folder is missing; otherwise the previous site that was
    /// moved aside is put back. Staging folders, never complete, are deleted, and so is anything left over.
    /// </summary>
    private static void Recover(SwapNames names)
    {
        var parent = Path.GetDirectoryName(names.Output)!;
        var leftovers = Directory.EnumerateDirectories(parent, names.LeftoverPattern)
            .Select(path => (Path: path, Name: Path.GetFileName(path)))
            .OrderByDescending(f => Directory.GetLastWriteTimeUtc(f.Path))
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(names.Output))
        {
            var restore = leftovers.FirstOrDefault(f => SwapNames.IsComplete(f.Name)).Path ?? leftovers.FirstOrDefault(f => SwapNames.IsPrevious(f.Name)).Path;
            if (restore is not null)
            {
                Directory.Move(restore, names.Output);
            }
        }

        foreach (var (path, _) in leftovers.Where(f => Directory.Exists(f.Path)))
        {
            DeleteIfPresent(path);
        }
    }

    /// <summary>Writes in parallel, but lets a file-system error surface as itself rather than wrapped in an <see cref="AggregateException"/>.</summary>
    private static void ParallelWrite(IReadOnlyList<OutputFile> files, Action<OutputFile> write)
    {
        try
        {
            Parallel.ForEach(files, write);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }
    }

    private static void Swap(SwapNames names)
    {
        if (Directory.Exists(names.Output))
        {
            Directory.Move(names.Output, names.Previous);
        }

        try
        {
            Directory.Move(names.Complete, names.Output);
        }
        catch
        {
            if (Directory.Exists(names.Previous))
            {
                Directory.Move(names.Previous, names.Output);
            }

            DeleteIfPresent(names.Complete);
            throw;
        }

        DeleteIfPresent(names.Previous);
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The hidden folders beside <c>_site</c> during a write: <c>._site.new-ID</c> while files are written,
    /// <c>._site.new-ID.complete</c> once all are, and <c>._site.new-ID.old</c> for the previous site while it is swapped out.
    /// </summary>
    internal sealed class SwapNames(string output, string id)
    {
        private readonly string _prefix = $".{Path.GetFileName(output)}.new-";

        public string Output { get; } = output;

        public string Staging => Path.Combine(Path.GetDirectoryName(Output)!, _prefix + id);

        public string Complete => Staging + ".complete";

        public string Previous => Staging + ".old";

        public string LeftoverPattern => _prefix + "*";

        public static bool IsComplete(string name) => name.EndsWith(".complete", StringComparison.Ordinal);

        public static bool IsPrevious(string name) => name.EndsWith(".old", StringComparison.Ordinal);
    }
}
