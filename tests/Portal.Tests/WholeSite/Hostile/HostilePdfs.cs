using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Small PDFs that attack the reader (issue 18, class 6): a page whose <c>/Contents</c> refers to itself, millions of
/// drawing operators in a few hundred kilobytes, and a compressed stream that inflates a thousandfold.
/// </summary>
internal static class HostilePdfs
{
    /// <summary>About 350 bytes: the page's contents are object 4, and object 4 is a reference to itself.</summary>
    public static byte[] SelfReferencingContents() => Pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", "4 0 R");

    /// <summary>A page drawing <paramref name="lines"/> path segments (three operators each), compressed.</summary>
    public static byte[] ManyOperators(int lines = 2_000_000) =>
        PdfWithStream(Deflated(Encoding.ASCII.GetBytes("0 0 m 1 1 l S\n"), lines));

    /// <summary>A compressed content stream of about <paramref name="megabytes"/> MB of spaces: about a thousandth of that on disk.</summary>
    public static byte[] FlateBomb(int megabytes = 1024) => PdfWithStream(Deflated(new byte[1024 * 1024].Select(_ => (byte)' ').ToArray(), megabytes));

    private static byte[] PdfWithStream(byte[] deflated)
    {
        var head = Encoding.ASCII.GetBytes($"<< /Length {deflated.Length} /Filter /FlateDecode >>\nstream\n");
        return Pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", [.. head, .. deflated, .. "\nendstream"u8]);
    }

    /// <summary><paramref name="chunk"/> <paramref name="times"/> times, zlib-compressed as PDF's FlateDecode expects.</summary>
    private static byte[] Deflated(byte[] chunk, int times)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest))
        {
            for (var i = 0; i < times; i++)
            {
                zlib.Write(chunk);
            }
        }

        return compressed.ToArray();
    }

    private static byte[] Pdf(string page, string fourth) => Pdf(page, Encoding.ASCII.GetBytes(fourth));

    /// <summary>A catalog, a page tree of one page, the page, and a fourth object, with a correct cross-reference table.</summary>
    private static byte[] Pdf(string page, byte[] fourth)
    {
        byte[][] objects = [.. new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page }.Select(Encoding.ASCII.GetBytes), fourth];
        return TestPdfs.Assemble(objects);
    }

}
