using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Portal.Features.Search;

namespace Portal.Fuzz;

/// <summary>
/// Issue 18, class 13 (PDFs): a small valid PDF, mutated (cut short, bytes overwritten, objects that refer to
/// themselves or to their parents, huge or negative lengths, a wrong cross-reference table, deep nesting), goes
/// through the PDF reader the build uses (<see cref="PdfTextWorker"/>, a child process). Whatever the file, this
/// process goes on, the answer comes within the reader's time limit, and a file the reader cannot read has a
/// reason, which the build reports as PT050.
/// </summary>
public sealed class PdfFuzzTests : IDisposable
{
    /// <summary>The page's content stream: one line of text.</summary>
    private const string Content = "BT /F1 12 Tf 40 700 Td (Hello PDF) Tj ET\n";

    private static readonly string Length = $"/Length {Content.Length}";

    private static readonly byte[] Valid = Encoding.ASCII.GetBytes(ValidPdf());

    /// <summary>Replacements that make references loop, lengths lie and structure nest.</summary>
    private static readonly (string From, string To)[] Structural =
    [
        ("/Contents 4 0 R", "/Contents 3 0 R"), ("/Contents 4 0 R", "/Contents [4 0 R 4 0 R 3 0 R]"), ("/Kids [3 0 R]", "/Kids [2 0 R]"),
        ("/Kids [3 0 R]", "/Kids [3 0 R 3 0 R 1 0 R]"), ("/Parent 2 0 R", "/Parent 3 0 R"), ("/Pages 2 0 R", "/Pages 1 0 R"), ("/Count 1", "/Count 2147483647"),
        ("/Font 5 0 R", "/Font 4 0 R"), ("/Root 1 0 R", "/Root 4 0 R"), (Length, "/Length 2147483647"), (Length, "/Length -1"),
        (Length, "/Length 4 0 R"), (Length, "/Length 99999999999999999999"), ("/MediaBox [0 0 595 842]", "/MediaBox " + new string('[', 5_000)),
        ("/Filter /FlateDecode", ""), ("stream", "/Filter /FlateDecode stream"), ("xref", "xrof"), ("trailer", "trailer trailer"),
        ("0000000009", "9999999999"), ("%%EOF", ""), ("endobj", "endobj endobj"), ("BT", "q q q q q q q q BT"), ("Tj", "Tj Tj Tj Tj"),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-pdf-fuzz-").FullName;
    private readonly PdfTextWorker _reader = new();

    /// <summary>The valid file, changed one to three times.</summary>
    private static Gen<byte[]> MutatedPdf => Gen.Choose(1, 3).SelectMany(times => Mutation.ArrayOf(times).Select(mutations => mutations.Aggregate(Valid, (bytes, mutate) => mutate(bytes))));

    private static Gen<Func<byte[], byte[]>> Mutation => Gen.OneOf(
        Gen.Choose(0, Valid.Length).Select<int, Func<byte[], byte[]>>(length => bytes => bytes[..Math.Min(length, bytes.Length)]),
        Gen.Choose(0, int.MaxValue).SelectMany(position => Gen.Choose(0, 255).Select<int, Func<byte[], byte[]>>(value => bytes =>
        {
            var changed = bytes.ToArray();
            if (changed.Length > 0)
            {
                changed[position % changed.Length] = (byte)value;
            }

            return changed;
        })),
        Gen.Elements(Structural).Select<(string From, string To), Func<byte[], byte[]>>(replacement => bytes =>
            Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace(replacement.From, replacement.To, StringComparison.Ordinal))),
        Gen.Choose(0, 99_999).Select<int, Func<byte[], byte[]>>(offset => bytes =>
        {
            // Where the cross-reference table is said to start: anywhere, or nowhere.
            var text = Encoding.Latin1.GetString(bytes);
            var at = text.LastIndexOf("startxref\n", StringComparison.Ordinal);
            return at < 0 ? bytes : Encoding.Latin1.GetBytes(text[..(at + 10)] + offset.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n");
        }));

    [Fact]
    public void The_file_the_mutations_start_from_is_a_readable_pdf()
    {
        var path = Path.Combine(_folder, "valid.pdf");
        File.WriteAllBytes(path, Valid);

        Assert.Contains("Hello PDF", _reader.Read(path).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_reader_turns_any_mutated_pdf_into_text_or_a_reason_class_13_fuzz_pdfs()
    {
        var path = Path.Combine(_folder, "case.pdf");
        var property = Prop.ForAll(MutatedPdf.ToArbitrary(), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var reading = _reader.Read(path);

            Assert.True(reading.Problem is not null || reading.Text.Length <= PdfTextExtractor.MaxCharacters, "a readable file gives at most the first characters");
            Assert.True(reading.Problem is null || reading.Problem.Length > 0, "an unreadable file says why");
        });

        FuzzBudget.Run(property);
    }

    public void Dispose()
    {
        _reader.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One page with one line of Helvetica text, and a correct cross-reference table.</summary>
    private static string ValidPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font 5 0 R >> /Contents 4 0 R >>",
            $"<< {Length} >>\nstream\n{Content}endstream",
            "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj {body} endobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToString();
    }
}
