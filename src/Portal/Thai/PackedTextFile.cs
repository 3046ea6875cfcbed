using Microsoft.Win32.SafeHandles;

namespace Portal.Thai;

/// <summary>
/// A file that holds packed texts (<see cref="PackedText.MovedTo"/>) for a build that would otherwise hold every page's
/// until the search index reads it (20,000 pages: about 80 MB; 100,000 pages: about 400 MB). Threads append and read at
/// once; the file is deleted when disposed.
/// </summary>
public sealed class PackedTextFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _end;

    private PackedTextFile(SafeFileHandle handle) => _handle = handle;

    /// <summary>A new file at <paramref name="path"/>, which must not exist.</summary>
    public static PackedTextFile Create(string path) =>
        new(File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose));

    /// <summary>Writes <paramref name="bytes"/> at the end (from any thread) and returns where they start.</summary>
    internal long Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        RandomAccess.Write(_handle, bytes, offset);
        return offset;
    }

    /// <summary>The <paramref name="size"/> bytes written at <paramref name="offset"/>.</summary>
    internal byte[] Read(long offset, int size)
    {
        var bytes = new byte[size];
        for (var read = 0; read < size;)
        {
            var count = RandomAccess.Read(_handle, bytes.AsSpan(read), offset + read);
            if (count == 0)
            {
                throw new EndOfStreamException($"the packed text file ends before {offset + size}");
            }

            read += count;
        }

        return bytes;
    }

    public void Dispose() => _handle.Dispose();
}
