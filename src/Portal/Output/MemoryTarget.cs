namespace Portal.Output;

/// <summary>
/// The site held in memory, for <c>portal serve</c> and <c>portal check</c>: each build replaces the
/// whole set at once, so a reader sees either the previous site or the new one, never a mix.
/// </summary>
public sealed class MemoryTarget : IBuildTarget
{
    // Never changed once published, so readers on other threads need no lock; a frozen dictionary would
    // read a little faster but costs more to make than a preview's rebuild of a few pages.
    private Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string Name => "memory";

    /// <summary>The files of the last successful build, by path inside the site (<c>ita/index.html</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(IReadOnlyList<OutputFile> files, Action<int>? written)
    {
        var contents = new KeyValuePair<string, byte[]>[files.Count];
        var count = 0;
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            contents[i] = KeyValuePair.Create(file.RelativePath, file.Content ?? File.ReadAllBytes(file.CopyFrom!));
            written?.Invoke(Interlocked.Increment(ref count));
        });
        var site = new Dictionary<string, byte[]>(contents.Length, StringComparer.Ordinal);
        foreach (var (path, content) in contents)
        {
            site[path] = content;
        }

        Volatile.Write(ref _files, site);
    }
}
