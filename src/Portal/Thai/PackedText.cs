namespace Portal.Thai;

/// <summary>
/// A text kept in memory in one byte a character where it can be: ASCII as itself and the Thai block (U+0E00–U+0E7E)
/// as 0x80–0xFE; any other UTF-16 unit takes three bytes (0xFF and the unit). A page's plain text, which a build holds
/// from rendering until the search index reads it, is almost all Thai and ASCII, so it takes half the memory of a
/// string (20,000 pages: about 95 MB as strings). <see cref="ToString"/> gives back the same text, unit for unit.
/// </summary>
public sealed class PackedText : IEquatable<PackedText>
{
    public static readonly PackedText Empty = new([], 0);

    private const char ThaiBlockStart = '\u0E00';
    private const int PackedThaiStart = 0x80;
    private const byte Unpacked = 0xFF;

    private readonly byte[] _bytes;

    private PackedText(byte[] bytes, int length)
    {
        _bytes = bytes;
        Length = length;
    }

    /// <summary>The number of UTF-16 units of the text.</summary>
    public int Length { get; }

    /// <summary>The bytes it takes.</summary>
    internal int Size => _bytes.Length;

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

    public override string ToString() => Length == 0 ? "" : string.Create(Length, _bytes, static (chars, bytes) =>
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

    public bool Equals(PackedText? other) => other is not null && Length == other.Length && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as PackedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    private static bool IsPacked(char c) => c < PackedThaiStart || c is >= ThaiBlockStart and < (char)(ThaiBlockStart + Unpacked - PackedThaiStart);
}
