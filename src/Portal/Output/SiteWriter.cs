namespace Portal.Output;

/// <summary>
/// The write stage. Everything goes into a fresh folder beside the output folder; only when every file
/// is written is the old output swapped out for the new one, so a failed build never leaves a half-written site.
/// </summary>
public static class SiteWriter
{
    /// <param name="written">Called (from any thread) with the number of files written so far.</param>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, Action<int>? written = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write the site to {output}");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.RelativePath)).Distinct().OfType<string>().Where(f => f.Length > 0))
            {
                Directory.CreateDirectory(Path.Combine(staging, folder));
            }

            var count = 0;
            ParallelWrite(files, file =>
            {
                var target = Path.Combine(staging, file.RelativePath);
                if (file.Content is not null)
                {
                    File.WriteAllBytes(target, file.Content);
                }
                else
                {
                    File.Copy(file.CopyFrom!, target);
                }

                written?.Invoke(Interlocked.Increment(ref count));
            });
            Swap(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
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

    private static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var previous = $"{staging}.old";
        Directory.Move(output, previous);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(previous, output);
            throw;
        }

        Directory.Delete(previous, recursive: true);
    }
}
