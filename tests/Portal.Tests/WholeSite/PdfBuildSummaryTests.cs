namespace Portal.Tests.WholeSite;

/// <summary>What <c>portal build</c> says about PDFs indexed by title only.</summary>
[Collection(CliRunner.Collection)]
public sealed class PdfBuildSummaryTests
{
    [Fact]
    public void Build_says_how_many_pdfs_have_no_usable_text_and_verbose_names_them()
    {
        using var site = PdfAttachmentSearchTests.CreateSite();

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site", "--verbose");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("PDF ที่ไม่มีข้อความที่ค้นได้ 3 ไฟล์ จัดทำดัชนีจากชื่อเท่านั้น (3 PDF(s) without usable text, indexed by title only)", run.OutputLines);
        Assert.Equal(["  input/files/tax/damaged.pdf", "  input/files/tax/legacy-font.pdf", "  input/files/tax/scan.pdf"],
            run.OutputLines.Where(l => l.StartsWith("  input/", StringComparison.Ordinal)));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("input/files/tax/damaged.pdf", StringComparison.Ordinal) && l.Contains("warning PT050", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_says_nothing_about_pdfs_when_every_pdf_has_text()
    {
        using var site = TempSite.Create("basic");

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("PDF", StringComparison.Ordinal));
    }
}
