using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>No path in content may escape input/: a symbolic link that leads out is reported, never read or published.</summary>
public sealed class SymlinkTests
{
    [Fact]
    public void Linked_file_and_linked_folder_leading_out_of_input_are_reported_and_nothing_is_written()
    {
        using var site = TempSite.Create("basic");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "not for the web");
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: ข้างนอก\n---\nข้อความ\n");
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "files", "secret.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.InputDirectory, "linked"), outside);

        var result = site.Build().Result;

        Assert.False(result.Succeeded);
        var escapes = result.Diagnostics.Where(d => d.Code == DiagnosticCode.PathOutsideInput).Select(d => d.Location.Path).Order(StringComparer.Ordinal);
        Assert.Equal([site.Display("files/secret.txt"), site.Display("linked")], escapes);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Link_that_stays_inside_input_is_published_like_any_file()
    {
        using var site = TempSite.Create("basic");
        var existing = Directory.EnumerateFiles(Path.Combine(site.InputDirectory, "files"), "*", SearchOption.AllDirectories).First();
        File.CreateSymbolicLink(Path.Combine(site.InputDirectory, "files", "alias.pdf"), existing);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(existing), built.Bytes("files/alias.pdf"));
    }
}
