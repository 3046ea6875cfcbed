namespace Portal.Tests.Unit;

/// <summary>The guard that names the file being processed when something unexpected escapes (the CLI prints it and exits 3).</summary>
public sealed class UnexpectedBuildExceptionTests
{
    [Fact]
    public void Guard_wraps_an_unexpected_exception_naming_the_file()
    {
        var thrown = Assert.Throws<UnexpectedBuildException>(() =>
            UnexpectedBuildException.Guard<int>("input/news/a.md", () => throw new InvalidCastException("boom")));

        Assert.Equal("input/news/a.md", thrown.DisplayPath);
        Assert.IsType<InvalidCastException>(thrown.InnerException);
        Assert.StartsWith("input/news/a.md: ", thrown.ThaiAndEnglishLine, StringComparison.Ordinal);
        Assert.Contains("please report a bug", thrown.ThaiAndEnglishLine, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', thrown.ThaiAndEnglishLine);
    }

    [Fact]
    public void Guard_does_not_wrap_twice_and_returns_the_value()
    {
        var inner = new UnexpectedBuildException("input/a.md", new InvalidOperationException());

        Assert.Same(inner, Assert.Throws<UnexpectedBuildException>(() => UnexpectedBuildException.Guard<int>("input/b.md", () => throw inner)));
        Assert.Equal(7, UnexpectedBuildException.Guard("input/c.md", () => 7));
    }

    [Fact]
    public void Find_digs_through_parallel_wrapping_and_names_the_first_file_by_path()
    {
        var second = new UnexpectedBuildException("input/b.md", new InvalidOperationException());
        var first = new UnexpectedBuildException("input/a.md", new InvalidOperationException());
        var wrapped = new AggregateException(new AggregateException(second), first);

        Assert.Same(first, UnexpectedBuildException.Find(wrapped));
        Assert.Null(UnexpectedBuildException.Find(new AggregateException(new IOException())));
        Assert.Null(UnexpectedBuildException.Find(new IOException()));
    }

    [Fact]
    public void A_bug_while_rendering_a_page_escapes_as_unexpected_build_exception_naming_the_page()
    {
        // A link-target lookup that fails stands for any bug in the render stage.
        var page = new Portal.Site.Page(Portal.Site.PageOrigin.Content, "/a/", new Portal.Content.FrontMatter { Title = "ก" },
            new Portal.Content.SourceFile("a.md", "input/a.md", "---\ntitle: ก\n---\n[x](b.md)\n"));
        var renderer = new Portal.Markdown.MarkdownRenderer();

        var thrown = Assert.Throws<UnexpectedBuildException>(() =>
            UnexpectedBuildException.Guard(page.Source!.DisplayPath, () => renderer.Render(page.Source, new ThrowingTargets(), [])));

        Assert.Equal("input/a.md", thrown.DisplayPath);
    }

    private sealed class ThrowingTargets : Portal.Markdown.ILinkTargets
    {
        public string? UrlOfSource(string relativePath) => throw new InvalidOperationException("bug");

        public bool IsUnpublishedDraft(string relativePath) => false;

        public bool IsPublishedUrl(string url) => false;

        public bool HasFile(string relativePath) => false;
    }
}
