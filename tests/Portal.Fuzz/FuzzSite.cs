using System.Security.Cryptography;
using System.Text;
using Portal.Features;
using Portal.Testing;

namespace Portal.Fuzz;

/// <summary>
/// A small real site in a temporary folder, built once so there is a previous output, with the repository's
/// theme. Each fuzz case replaces one page and one data file and builds again through <see cref="Build"/>,
/// the one place this project runs the whole pipeline.
/// </summary>
internal sealed class FuzzSite : IDisposable
{
    private FuzzSite(string root)
    {
        Root = root;
        Write("_data/site.yml", "title: เทศบาลทดสอบ\nbase_url: https://fuzz.example.go.th\nnav:\n  - title: หน้าแรก\n    url: /\n");
        Write("index.md", "---\ntitle: หน้าแรก\n---\nยินดีต้อนรับ [ข่าว](news/case.md)\n");
        Write("news/case.md", "---\ntitle: ข่าว\ndate: 2023-02-15\n---\nข้อความ\n");
        Write("files/report.pdf", "%PDF-1.4");
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "_site");

    public static FuzzSite Create()
    {
        var site = new FuzzSite(Path.Combine(Path.GetTempPath(), "portal-fuzz", Guid.NewGuid().ToString("N")));
        var first = site.Build();
        if (!first.Succeeded)
        {
            throw new InvalidOperationException("the fuzz site does not build: " + string.Join("; ", first.Diagnostics.Select(d => d.EnglishMessage)));
        }

        return site;
    }

    public void Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public BuildResult Build() => SiteBuild.Run(new BuildOptions(Input, TestRepository.RealTheme, Output), PortalFeatures.Parts);

    /// <summary>Every file of the output as path → SHA-256.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
        {
            snapshot[Path.GetRelativePath(Output, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
