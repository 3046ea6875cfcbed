using System.Diagnostics;
using System.Text;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>Hostile input through the real <c>portal build</c>: exit code 1, one line per problem naming the file, no stack trace.</summary>
[Collection(CliRunner.Collection)]
public sealed class HostileCliTests
{
    [Fact]
    public void Hostile_input_of_every_kind_exits_with_1_with_one_line_per_problem_and_no_stack_trace()
    {
        using var site = TempSite.Create("basic");
        var input = site.InputDirectory;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(input, "news", "tis.md"), Encoding.GetEncoding(874).GetBytes("---\ntitle: ประกาศ\n---\n"));
        File.WriteAllText(Path.Combine(input, "_data", "laughs.yml"), "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
            string.Concat(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10))}]\n")));
        File.WriteAllText(Path.Combine(input, "about", "deep.md"), "---\ntitle: ลึก\n---\n" + new string('>', 500) + "\n");
        File.WriteAllText(Path.Combine(input, "about", "control.md"), "---\ntitle: ก\u0001\n---\n");
        File.WriteAllText(Path.Combine(input, "files", "x.svg"), "<svg><script>alert(1)</script></svg>");
        File.CreateSymbolicLink(Path.Combine(input, "files", "passwd.pdf"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(input, "about", "gone.md"), Path.Combine(site.Root, "nothing-here.md"));
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(input, "news", "pipe.md")]))
        {
            mkfifo.WaitForExit();
        }

        var run = CliRunner.Run(site.Root, "build", "--theme", site.ThemeDirectory);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain(run.ErrorLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", run.StandardError, StringComparison.Ordinal);
        string[] expected = ["news/tis.md", "_data/laughs.yml", "about/deep.md", "about/control.md", "files/x.svg", "files/passwd.pdf", "about/gone.md", "news/pipe.md"];
        Assert.All(expected, path => Assert.Contains(run.ErrorLines, l => l.StartsWith($"input/{path}:", StringComparison.Ordinal) && l.Contains(": error PT", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }
}
