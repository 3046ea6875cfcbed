using System.Runtime.InteropServices;
using Portal.Features.Search;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Issue 18, class 6: no PDF can kill or bloat the process. Each hostile file is a PT050 warning, the rest of the
/// site builds, and the build's processes stay far below the gigabytes PdfPig alone would take.
/// </summary>
public sealed class HostilePdfTests
{
    /// <summary>Far above a build of this site with its reader (a few hundred MB), far below what these files cost PdfPig in-process (2.6–3 GB, or a crash).</summary>
    private const long MemoryBoundKilobytes = 1_500_000;

    [Fact]
    public void Self_reference_operator_flood_and_flate_bomb_are_PT050_and_the_site_builds_in_bounded_memory_class_6_pdfs_never_kill_or_bloat_the_process()
    {
        using var site = PdfAttachmentSearchTests.CreateSite();
        var folder = Path.Combine(site.InputDirectory, "files", "tax");
        File.WriteAllBytes(Path.Combine(folder, "self-reference.pdf"), HostilePdfs.SelfReferencingContents());
        File.WriteAllBytes(Path.Combine(folder, "operators.pdf"), HostilePdfs.ManyOperators());
        File.WriteAllBytes(Path.Combine(folder, "flate-bomb.pdf"), HostilePdfs.FlateBomb());
        File.WriteAllText(Path.Combine(site.InputDirectory, "tax", "hostile.md"),
            "---\ntitle: ไฟล์แปลก\n---\n\n[ก](../files/tax/self-reference.pdf) [ข](../files/tax/operators.pdf) [ค](../files/tax/flate-bomb.pdf)\n");

        var run = CliRunner.RunProcess(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site");

        Assert.True(run.ExitCode == 0, run.ToString());
        // The bomb's gigabyte of spaces fits the reader's memory as it is read: a PDF without text, not a failure.
        Assert.All(["self-reference.pdf", "operators.pdf"], file =>
            Assert.Contains(run.ErrorLines, l => l.StartsWith($"input/files/tax/{file}:", StringComparison.Ordinal) && l.Contains("warning PT050", StringComparison.Ordinal)));
        // The three made by CreateSite and these three: the two PDFs with text were read.
        Assert.Contains("PDF ที่ไม่มีข้อความที่ค้นได้ 6 ไฟล์ จัดทำดัชนีจากชื่อเท่านั้น (6 PDF(s) without usable text, indexed by title only)", run.OutputLines);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, SearchIndexWriter.ManifestPath)));
        Assert.True(PeakChildKilobytes() < MemoryBoundKilobytes, $"a process of the build reached {PeakChildKilobytes()} kB");
    }

    /// <summary>
    /// The largest resident size any finished child of this process reached, with the children those waited for
    /// (Linux keeps the maximum over the whole tree): here the <c>portal build</c> process and its PDF readers.
    /// </summary>
    private static long PeakChildKilobytes()
    {
        Assert.Equal(0, GetResourceUsage(ChildrenUsage, out var usage));
        return usage.MaxResidentKilobytes;
    }

    private const int ChildrenUsage = -1;

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>Linux's <c>struct rusage</c> on 64-bit: two <c>timeval</c>s, then <c>ru_maxrss</c> and thirteen more counters.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }
}
