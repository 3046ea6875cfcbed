namespace Portal.Thai;

/// <summary>
/// A text kept in memory in one byte a character where it can be: ASCII as itself and the Thai block (U+0E00–U+0E7E)
/// as 0x80–0xFE; any other UTF-16 unit takes three bytes (0xFF and the unit). A page's plain text, which a build holds
/// from rendering until the search index reads it, is almost all Thai and ASCII, so it takes half the memory of a
/// string (20,000 pages: about 95 MB as strings). <see cref="ToString"/> gives back the same text, unit for unit. A
/// one-shot build moves each page's to a file (<see cref="MovedTo"/>) and reads it back when the search index asks.
/// </summary>
public sealed class PackedText : IEquatable<PackedText>
{
    public static readonly PackedText Empty = new([], 0);

    private const char ThaiBlockStart = '\u0E00';
    private const int PackedThaiStart = 0x80;
    private const byte Unpacked = 0xFF;

    // Either the bytes, or where they are in a file (MovedTo).
    private readonly byte[]? _bytes;
    private readonly PackedTextFile? _file;
    private readonly long _offset;

    private PackedText(byte[] bytes, int length)
    {
        _bytes = bytes;
        Size = bytes.Length;
        Length = length;
    }

    private PackedText(PackedTextFile file, long offset, int size, int length)
    {
        _file = file;
        _offset = offset;
        Size = size;
        Length = length;
    }

    /// <summary>The number of UTF-16 units of the text.</summary>
    public int Length { get; }

    /// <summary>The bytes it takes.</summary>
    internal int Size { get; }

    private byte[] Bytes => _bytes ?? _file!.Read(_offset, Size);

    /// <summary>The same text, its bytes written to <paramref name="file"/> and read from there each time it is asked for, until the file is disposed.</summary>
    public PackedText MovedTo(PackedTextFile file) => _bytes is not { Length: > 0 } bytes ? this : new(file, file.Append(bytes), Size, Length);

    public static PackedText From(string text)
    {
        if (text.Length == 0)
        {
            return Empty;
        }

        var size = 0;
        foreach (var c in text)
        {
            size += IsPacked(c) ? 1 : 3;
        }

        var bytes = new byte[size];
        var at = 0;
        foreach (var c in text)
        {
            if (c < PackedThaiStart)
            {
                bytes[at++] = (byte)c;
            }
            else if (IsPacked(c))
            {
                bytes[at++] = (byte)(c - ThaiBlockStart + PackedThaiStart);
            }
            else
            {
                bytes[at++] = Unpacked;
                bytes[at++] = (byte)c;
                bytes[at++] = (byte)(c >> 8);
            }
        }

        return new PackedText(bytes, text.Length);
    }

    public override string ToString() => Length == 0 ? "" : string.Create(Length, Bytes, static (chars, bytes) =>
    {
        var at = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var b = bytes[at++];
            chars[i] = b < PackedThaiStart ? (char)b
                : b != Unpacked ? (char)(b - PackedThaiStart + ThaiBlockStart)
                : (char)(bytes[at++] | (bytes[at++] << 8));
        }
    });

    public bool Equals(PackedText? other) => other is not null && Length == other.Length && Size == other.Size && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => Equals(obj as PackedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    private static bool IsPacked(char c) => c < PackedThaiStart || c is >= ThaiBlockStart and < (char)(ThaiBlockStart + Unpacked - PackedThaiStart);
}
