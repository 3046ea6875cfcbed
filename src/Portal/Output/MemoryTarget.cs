using System.Collections.Frozen;

namespace Portal.Output;

/// <summary>
/// The site held in memory, for <c>portal serve</c> and <c>portal check</c>: each build replaces the
/// whole set at once, so a reader sees either the previous site or the new one, never a mix.
/// </summary>
public sealed class MemoryTarget : IBuildTarget
{
    private FrozenDictionary<string, byte[]> _files = FrozenDictionary<string, byte[]>.Empty;

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
        Volatile.Write(ref _files, contents.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
