using System.Text;
using Portal.Diagnostics;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// The <c>basic</c> fixture, built once so there is a previous site, then given one hostile change. Every
/// hostile build goes through <see cref="BuildFailing"/>: it must end (no hang), throw nothing, fail with
/// diagnostics, and leave the previous site byte for byte as it was, with no staging folder beside it.
/// </summary>
internal sealed class HostileSite : IDisposable
{
    /// <summary>Far above what any case here takes; a hang fails the test instead of the whole run.</summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(60);

    private readonly SortedDictionary<string, string> _previous;

    private HostileSite(TempSite site)
    {
        Site = site;
        var first = site.Build().Result;
        Assert.True(first.Succeeded, TempSite.Describe(first.Diagnostics));
        _previous = TempSite.Snapshot(site.OutputDirectory);
    }

    public TempSite Site { get; }

    public string Input => Site.InputDirectory;

    public static HostileSite Create() => new(TempSite.Create("basic"));

    public string PathOf(string relativePath)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text, new UTF8Encoding(false));

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(PathOf(relativePath), bytes);

    /// <summary>A page whose front matter is <paramref name="frontMatter"/> and whose body is <paramref name="body"/>.</summary>
    public void WritePage(string relativePath, string frontMatter, string body = "ข้อความ\n") =>
        Write(relativePath, $"---\n{frontMatter}\n---\n{body}");

    public string Display(string relativePath) => Site.Display(relativePath);

    /// <summary>Builds, and checks the promise: no exception, no hang, errors reported, previous site untouched.</summary>
    public BuildResult BuildFailing()
    {
        var besideBefore = Beside();
        var result = Build();
        Assert.False(result.Succeeded, "the hostile build succeeded");
        Assert.Equal(_previous, TempSite.Snapshot(Site.OutputDirectory));
        Assert.Equal(besideBefore, Beside());
        return result;
    }

    private List<string> Beside() =>
        [.. Directory.EnumerateFileSystemEntries(Site.Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public BuildResult Build()
    {
        var build = Task.Run(() => Site.Build().Result);
        Assert.True(build.Wait(BuildTimeout), $"the build did not finish in {BuildTimeout}");
        return build.Result;
    }

    /// <summary>The one diagnostic with <paramref name="code"/>, with every diagnostic in the failure message.</summary>
    public static Diagnostic Single(BuildResult result, DiagnosticCode code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{TempSite.Describe(result.Diagnostics)}");
        return matches[0];
    }

    public void Dispose() => Site.Dispose();
}
