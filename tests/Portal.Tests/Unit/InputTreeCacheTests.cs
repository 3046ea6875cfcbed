using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Tests.Unit;

/// <summary>
/// A session walks input/ again only when it must: a watcher's change to a file the last walk found reads
/// that file's status alone; anything else (a new path, unknown changes, a symbolic link in the tree) walks.
/// </summary>
public sealed class InputTreeCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"input-tree-{Guid.NewGuid():N}");

    public InputTreeCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "news"));
        File.WriteAllText(Path.Combine(_root, "index.md"), "---\ntitle: หน้าแรก\n---\n");
        File.WriteAllText(Path.Combine(_root, "news", "a.md"), "---\ntitle: ข่าว\n---\n");
    }

    private ContentPaths Paths => new(_root, "input");

    [Fact]
    public void A_change_to_a_known_file_updates_its_size_and_time_without_walking_again()
    {
        var cache = new InputTreeCache();
        cache.Files(Paths, InputChanges.Unknown, new DiagnosticBag());
        File.AppendAllText(Path.Combine(_root, "news", "a.md"), "ย่อหน้าใหม่\n");
        File.WriteAllText(Path.Combine(_root, "news", "unreported.md"), "---\ntitle: ไม่มีใครแจ้ง\n---\n");

        var files = cache.Files(Paths, InputChanges.Of(["news/a.md"]), new DiagnosticBag());

        var changed = Assert.Single(files, f => f.RelativePath == "news/a.md");
        var status = new FileInfo(Path.Combine(_root, "news", "a.md"));
        Assert.Equal((status.Length, status.LastWriteTimeUtc), (changed.Length, changed.LastWriteTimeUtc));
        Assert.DoesNotContain(files, f => f.RelativePath == "news/unreported.md");
    }

    [Fact]
    public void A_new_path_or_unknown_changes_walk_input_again()
    {
        var cache = new InputTreeCache();
        cache.Files(Paths, InputChanges.Unknown, new DiagnosticBag());
        File.WriteAllText(Path.Combine(_root, "news", "b.md"), "---\ntitle: ข่าวใหม่\n---\n");

        var afterCreate = cache.Files(Paths, InputChanges.Of(["news/b.md"]), new DiagnosticBag());
        File.Delete(Path.Combine(_root, "news", "b.md"));
        var afterUnknown = cache.Files(Paths, InputChanges.Unknown, new DiagnosticBag());

        Assert.Contains(afterCreate, f => f.RelativePath == "news/b.md");
        Assert.DoesNotContain(afterUnknown, f => f.RelativePath == "news/b.md");
    }

    [Fact]
    public void A_change_to_a_hidden_file_needs_no_walk_and_changes_nothing()
    {
        var cache = new InputTreeCache();
        var first = cache.Files(Paths, InputChanges.Unknown, new DiagnosticBag());
        File.WriteAllText(Path.Combine(_root, "news", ".a.md.swp"), "x");

        var files = cache.Files(Paths, InputChanges.Of(["news/.a.md.swp"]), new DiagnosticBag());

        Assert.Equal(first, files);
    }

    [Fact]
    public void With_a_symbolic_link_in_input_every_build_walks_again()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "linked.md"), Path.Combine(_root, "index.md"));
        var cache = new InputTreeCache();
        cache.Files(Paths, InputChanges.Unknown, new DiagnosticBag());
        File.WriteAllText(Path.Combine(_root, "news", "b.md"), "---\ntitle: ข่าวใหม่\n---\n");

        var files = cache.Files(Paths, InputChanges.Of(["index.md"]), new DiagnosticBag());

        Assert.Contains(files, f => f.RelativePath == "news/b.md");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
