namespace Portal.Tests.WholeSite;

/// <summary><c>--help</c> of the program and of every command: headings in Thai with English beside them, every option described, never Spectre's English-only lines.</summary>
[Collection(CliRunner.Collection)]
public sealed class HelpTests
{
    public static TheoryData<string> Commands() => ["", "build", "check", "coverage", "urls", "serve", "new", "new catalog", "init"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_is_thai_with_english_beside_it(string command)
    {
        var run = CliRunner.Run(Path.GetTempPath(), [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("วิธีใช้ (usage)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("-h, --help    แสดงวิธีใช้นี้ (show this help)", System.Text.RegularExpressions.Regex.Replace(run.StandardOutput, " {4,}", "    "), StringComparison.Ordinal);
        Assert.DoesNotContain("Prints help information", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("USAGE:", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void New_help_gives_the_kind_and_path_its_usage_line_takes_its_options_and_its_other_command()
    {
        var run = CliRunner.Run(Path.GetTempPath(), "new", "--help");
        var text = System.Text.RegularExpressions.Regex.Replace(run.StandardOutput, @"\s+", " ");

        Assert.Contains("portal new <KIND> <PATH> [ตัวเลือก (OPTIONS)]", text, StringComparison.Ordinal);
        Assert.Contains("<KIND> ชนิดของหน้า", text, StringComparison.Ordinal);
        Assert.Contains("--title <TITLE> ชื่อหน้า", text, StringComparison.Ordinal);
        Assert.Contains("--input <FOLDER> โฟลเดอร์เนื้อหา (the content folder) ค่าเริ่มต้น (default): input", text, StringComparison.Ordinal);
        Assert.Contains("catalog <YEAR> สร้างรายการ OIT ปีใหม่", text, StringComparison.Ordinal);
    }
}
