using System.Text;
using Portal.Diagnostics;
using Portal.Thai;

namespace Portal.Content;

/// <summary>
/// Reads a page or data file as text, or reports why it cannot be: too large, unreadable, not UTF-8
/// (saying so when it looks like the legacy Thai encoding TIS-620 / Windows-874), or holding a character
/// <see cref="ContentCharacters"/> refuses. A file that fails is reported at its own path and left out.
/// </summary>
internal static class TextFileReader
{
    /// <summary>The largest page or data file, in bytes (docs/content.md, "ขีดจำกัด").</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private const int ThaiCodePage = 874;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(InputFile file, string displayPath, ICollection<Diagnostic> diagnostics) =>
        ReadBytes(file, displayPath, diagnostics) is { } bytes ? Decode(bytes, displayPath, diagnostics) : null;

    /// <summary>The file's bytes, or null when it is over <see cref="MaxBytes"/> or cannot be read (reported at its path).</summary>
    public static byte[]? ReadBytes(InputFile file, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var location = new SourceLocation(displayPath);
        if (file.Length > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.FileTooLarge, location,
                $"ไฟล์นี้ใหญ่ {Megabytes(file.Length)} MB เกินขีดจำกัด {Megabytes(MaxBytes)} MB ของหน้าหรือไฟล์ข้อมูล ให้แบ่งเป็นหลายหน้า",
                $"this file is {Megabytes(file.Length)} MB, over the {Megabytes(MaxBytes)} MB limit for a page or data file; split it"));
            return null;
        }

        try
        {
            return File.ReadAllBytes(file.RealPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnreadableFile, location,
                $"อ่านไฟล์นี้ไม่ได้: {e.Message}", $"cannot read this file: {e.Message}"));
            return null;
        }
    }

    /// <summary>Decodes UTF-8 (a byte-order mark is allowed) and applies the character rule.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(NotUtf8(body, displayPath));
            return null;
        }

        return ContentCharacters.Check(text, displayPath, diagnostics) ? text : null;
    }

    private static Diagnostic NotUtf8(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var firstBad = FirstInvalidUtf8(bytes);
        var before = StrictUtf8.GetString(bytes[..firstBad]);
        var (line, column) = ContentCharacters.Position(before + "?", before.Length);
        var location = new SourceLocation(displayPath, line, column);
        if (LooksLikeThaiCodePage(bytes))
        {
            var sample = ThaiSample(bytes);
            return Diagnostic.Error(DiagnosticCode.NotUtf8, location,
                $"ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 แต่ดูเหมือนเป็นรหัสภาษาไทยแบบเก่า TIS-620 (Windows-874) เช่น \"{sample}\" ให้เปิดไฟล์แล้วบันทึกใหม่เป็น UTF-8 (ดู docs/content.md)",
                $"this file is not UTF-8; it looks like the legacy Thai encoding TIS-620 (Windows-874), e.g. \"{sample}\"; open it and save it again as UTF-8 (see docs/content.md)");
        }

        return Diagnostic.Error(DiagnosticCode.NotUtf8, location,
            "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 (พบไบต์ที่อ่านไม่ได้) ให้เปิดไฟล์แล้วบันทึกใหม่เป็น UTF-8 (ดู docs/content.md)",
            "this file is not UTF-8 (it holds bytes that are not valid UTF-8); open it and save it again as UTF-8 (see docs/content.md)");
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (valid < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return valid;
            }

            valid += consumed;
        }

        return valid;
    }

    /// <summary>
    /// TIS-620 puts the Thai letters at 0xA1–0xDA and 0xDF–0xFB; Windows-874 adds a few punctuation marks
    /// at 0x80–0x9F. Thai text in it is a run of such bytes that is almost never valid UTF-8, so a file
    /// whose bytes above 0x7F all fall in those ranges, and mostly in the letters, is Thai in the old encoding.
    /// </summary>
    private static bool LooksLikeThaiCodePage(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var letters = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (b is (>= 0xA1 and <= 0xDA) or (>= 0xDF and <= 0xFB))
            {
                letters++;
            }
            else if (b is not (0x80 or 0x85 or (>= 0x91 and <= 0x97) or 0xA0))
            {
                return false;
            }
        }

        return high > 0 && letters * 10 >= high * 9;
    }

    /// <summary>The first line with Thai in it, decoded as Windows-874, so staff recognise their own words in the message.</summary>
    private static string ThaiSample(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.GetEncoding(ThaiCodePage).GetString(bytes);
        var line = text.Split('\n').First(l => l.Any(ThaiText.IsThai)).Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    static TextFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
