using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portal.Features;
using Portal.Features.Search;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portal.Benchmarks;

/// <summary>
/// <c>pdf-index &lt;work folder&gt; [pdfs] [pages per pdf]</c>: PDF attachments in the search index. Writes a site
/// of <c>pdfs</c> pages, each attaching one Thai PDF made with PdfPig's <see cref="PdfDocumentBuilder"/> and
/// Loma.ttf (fonts-thai-tlwg) from the corpus vocabulary (<see cref="ThaiText"/>, seeded, so every run
/// measures the same bytes), then times, in one <see cref="BuildSession"/> over the repository's theme:
/// a first build (every PDF read), a second build with nothing changed (every PDF from the session's
/// cache), a third after one PDF changed, and then reading every PDF alone into a fresh cache.
/// </summary>
public static class PdfIndexTiming
{
    private const string ThaiFont = "/usr/share/fonts/truetype/tlwg/Loma.ttf";

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(ThaiFont))
        {
            Console.Error.WriteLine($"usage: pdf-index <work folder> [pdfs=200] [pages per pdf=4]; needs {ThaiFont} (apt-get install fonts-thai-tlwg)");
            return 2;
        }

        var work = Path.GetFullPath(args[0]);
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var pagesPerPdf = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var input = Path.Combine(work, "input");
        if (Directory.Exists(input))
        {
            Directory.Delete(input, recursive: true);
        }

        var pdfBytes = WriteSite(input, count, pagesPerPdf);
        Console.WriteLine($"{count} PDFs of {pagesPerPdf} pages, {pdfBytes} bytes in all");

        var session = new BuildSession(new BuildOptions(input, Path.GetFullPath("theme"), Path.Combine(work, "_site"), null, false), PortalFeatures.Parts);
        Time("first build (every PDF read)", session);
        Time("second build (nothing changed)", session);
        File.WriteAllBytes(Path.Combine(input, "files", "docs", "doc-0.pdf"), Pdf(new Random(-1), pagesPerPdf));
        Time("third build (one PDF changed)", session);
        TimeExtraction(input);
        return 0;
    }

    /// <summary>Reading every PDF alone, in parallel, into a fresh cache: what a first build spends on PDFs, without the rest of the build (the code is already compiled by then).</summary>
    private static void TimeExtraction(string input)
    {
        var files = Directory.EnumerateFiles(Path.Combine(input, "files"), "*.pdf", SearchOption.AllDirectories)
            .Select(f => new FileInfo(f))
            .Select(f => new Content.StaticFile(Path.GetRelativePath(input, f.FullName), f.FullName, f.FullName, f.Length, f.LastWriteTimeUtc)).ToList();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var texts = new PdfTextCache().Texts(files);
        Console.WriteLine($"every PDF read again, alone: {clock.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU; " +
            $"{texts.Count} PDFs, {texts.Values.Sum(t => (long)t.Text.Length)} characters kept (at most {PdfTextExtractor.MaxCharacters} each)");
    }

    private static void Time(string label, BuildSession session)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = session.Build(null);
        Console.WriteLine($"{label}: {clock.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU; " +
            $"{session.State.Get<PdfTextCache>().ExtractedCount} PDFs read, {result.Session.Get<PdfTextCache>().WithoutText.Count} without text, {result.Diagnostics.Count} diagnostics");
    }

    /// <summary>The site: a home page and one page per PDF; returns the PDFs' total size.</summary>
    private static long WriteSite(string input, int count, int pagesPerPdf)
    {
        Directory.CreateDirectory(Path.Combine(input, "_data"));
        Directory.CreateDirectory(Path.Combine(input, "docs"));
        Directory.CreateDirectory(Path.Combine(input, "files", "docs"));
        File.WriteAllText(Path.Combine(input, "_data", "site.yml"), "title: เทศบาลทดสอบ\nbase_url: https://bench.example.go.th\nlocale: th_TH\n");
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: หน้าแรก\n---\n\nเอกสารแนบสำหรับวัดเวลา\n");
        File.WriteAllText(Path.Combine(input, "docs", "index.md"), "---\ntitle: เอกสาร\n---\n\nรายการเอกสาร\n");
        var random = new Random(20_661);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var pdf = Pdf(random, pagesPerPdf);
            bytes += pdf.Length;
            File.WriteAllBytes(Path.Combine(input, "files", "docs", $"doc-{i}.pdf"), pdf);
            File.WriteAllText(Path.Combine(input, "docs", $"doc-{i}.md"),
                $"---\ntitle: {Pick(random, ThaiText.TitlePrefixes)} {i}\nattachments:\n  - file: docs/doc-{i}.pdf\n    title: {Pick(random, ThaiText.Documents)} {i}\n---\n\n{Sentence(random)}\n");
        }

        return bytes;
    }

    /// <summary>Pages of 36 lines of Thai sentences in Loma, 11 pt.</summary>
    private static byte[] Pdf(Random random, int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(ThaiFont));
        for (var page = 0; page < pages; page++)
        {
            var builderPage = builder.AddPage(PageSize.A4);
            for (var line = 0; line < 36; line++)
            {
                builderPage.AddText(Sentence(random), 11, new PdfPoint(40, 800 - (line * 21)), font);
            }
        }

        return builder.Build();
    }

    private static string Sentence(Random random)
    {
        var text = new StringBuilder();
        text.Append(Pick(random, ThaiText.Subjects)).Append(Pick(random, ThaiText.Verbs)).Append(Pick(random, ThaiText.Objects));
        text.Append(' ').Append(Pick(random, ThaiText.Modifiers));
        return text.ToString();
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
