using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Tests.Unit;

/// <summary>
/// A one-shot build lets go of each page's text after reading its front matter and reads it back to render it
/// (issue 20: memory): the text read back is the text first read, and a file changed in between is an error, never a
/// page rendered from two versions.
/// </summary>
public sealed class SourceFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-source-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_released_text_reads_back_as_it_was()
    {
        var file = Read("---\ntitle: หน้า\n---\nเนื้อหา «เติม: ชื่อ»\n");

        file.ReleaseText();
        Assert.Throws<InvalidOperationException>(() => file.Text);
        var problems = new List<Diagnostic>();

        Assert.True(file.ReadAgain(problems));
        Assert.Empty(problems);
        Assert.Equal("---\ntitle: หน้า\n---\nเนื้อหา «เติม: ชื่อ»\n", file.Text);
        Assert.Equal((4, 9), file.FirstPlaceholder);
    }

    [Fact]
    public void A_file_changed_after_its_text_was_released_is_an_error_and_not_read()
    {
        var file = Read("---\ntitle: หน้า\n---\nเนื้อหาเดิม\n");

        file.ReleaseText();
        File.WriteAllText(Path.Combine(_folder, "page.md"), "---\ntitle: หน้า\n---\nเนื้อหาใหม่\n");
        var problems = new List<Diagnostic>();

        Assert.False(file.ReadAgain(problems));
        var problem = Assert.Single(problems);
        Assert.Equal(DiagnosticCode.ChangedDuringBuild, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Throws<InvalidOperationException>(() => file.Text);
    }

    [Fact]
    public void Text_from_no_file_is_never_released()
    {
        var file = new SourceFile("a.md", "input/a.md", "ข้อความ");

        file.ReleaseText();

        Assert.Equal("ข้อความ", file.Text);
    }

    [Fact]
    public void A_one_shot_load_lets_go_of_each_text_once_its_front_matter_is_read()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "---\ntitle: หน้าหนึ่ง\n---\nเนื้อหา «เติม: ชื่อ»\n");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "---\ntitle: หน้าสอง\n---\nเนื้อหา\n");
        var paths = new ContentPaths(_folder, "input");

        var released = ContentLoader.Load(paths, new DiagnosticBag(), releaseText: true);
        var kept = ContentLoader.Load(paths, new DiagnosticBag());

        Assert.Equal(2, released.Pages.Count);
        Assert.All(released.Pages, page => Assert.Throws<InvalidOperationException>(() => page.File.Text));
        Assert.Equal(["หน้าหนึ่ง", "หน้าสอง"], released.Pages.Select(page => page.FrontMatter.Mapping["title"].ToString()));
        Assert.Equal((4, 9), released.Pages[0].File.FirstPlaceholder);
        Assert.All(released.Pages, page => Assert.True(page.File.ReadAgain(new List<Diagnostic>())));
        Assert.Equal(kept.Pages.Select(page => page.File.Text), released.Pages.Select(page => page.File.Text));
    }

    private SourceFile Read(string text)
    {
        var path = Path.Combine(_folder, "page.md");
        File.WriteAllText(path, text);
        var info = new FileInfo(path);
        var problems = new List<Diagnostic>();
        var page = ContentLoader.LoadPage(new ContentPaths(_folder, "input"), new InputFile("page.md", path, info.Length, info.LastWriteTimeUtc), problems);
        Assert.Empty(problems);
        return page!.File;
    }
}
