using System.Security.Cryptography;
using Portal.Diagnostics;
using Portal.Features;

namespace Portal.Tests.WholeSite;

/// <summary>
/// A fixture site copied into a fresh temporary folder (<c>&lt;temp&gt;/input</c>, and <c>&lt;temp&gt;/theme</c> when
/// the fixture has a theme of its own), so a build never writes into the repository. Deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string fixture, string root, string themeDirectory)
    {
        Fixture = fixture;
        Root = root;
        ThemeDirectory = themeDirectory;
    }

    /// <summary>The day in-process test builds are dated (the "today"), so no test reads the clock.</summary>
    public static readonly DateOnly Today = new(2026, 12, 6);

    public string Fixture { get; }

    /// <summary>The temporary folder that holds <c>input/</c> (and the default output <c>_site/</c>).</summary>
    public string Root { get; }

    public string InputDirectory => Path.Combine(Root, "input");

    public string ThemeDirectory { get; }

    public string OutputDirectory => Path.Combine(Root, "_site");

    public static TempSite Create(string fixture)
    {
        var source = TestPaths.Site(fixture);
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", $"{fixture}-{Guid.NewGuid():N}");
        CopyDirectory(Path.Combine(source, "input"), Path.Combine(root, "input"));
        var ownTheme = Path.Combine(source, "theme");
        string theme;
        if (Directory.Exists(ownTheme))
        {
            theme = Path.Combine(root, "theme");
            CopyDirectory(ownTheme, theme);
        }
        else
        {
            theme = TestPaths.RealTheme;
        }

        return new TempSite(fixture, root, theme);
    }

    /// <summary>Copies and builds a fixture in one step; the caller disposes the returned site.</summary>
    public static (TempSite Site, BuiltSite Built) CreateAndBuild(string fixture, bool includeDrafts = false, string? baseUrl = null)
    {
        var site = Create(fixture);
        try
        {
            return (site, site.Build(includeDrafts: includeDrafts, baseUrl: baseUrl));
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>The same site built with another theme folder (which the caller made inside <see cref="Root"/>).</summary>
    public TempSite WithTheme(string themeDirectory) => new(Fixture, Root, themeDirectory);

    /// <param name="asOf">The day of the build; default <see cref="Today"/>.</param>
    public BuildOptions Options(string? outputDirectory = null, bool includeDrafts = false, string? baseUrl = null, DateOnly? asOf = null) =>
        new(InputDirectory, ThemeDirectory, outputDirectory ?? OutputDirectory, baseUrl, includeDrafts, AsOf: asOf ?? Today);

    public BuiltSite Build(string? outputDirectory = null, bool includeDrafts = false, string? baseUrl = null, DateOnly? asOf = null)
    {
        var options = Options(outputDirectory, includeDrafts, baseUrl, asOf);
        return new BuiltSite(SiteBuild.Run(options, PortalFeatures.Parts), options.OutputDirectory, InputDirectory);
    }

    /// <summary>
    /// Adds <c>input/&lt;relativePath&gt;</c> as a symbolic link to a file that does not exist: it is listed like any
    /// other file, but reading it fails.
    /// </summary>
    public void AddDanglingFile(string relativePath)
    {
        var path = Path.Combine(InputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, Path.Combine(Root, "no-such-target", Path.GetFileName(path)));
    }

    /// <summary>How the build shows a file of this site in messages: the input argument as given, then the path inside it.</summary>
    public string Display(string relativePath) => $"{InputDirectory.Replace('\\', '/')}/{relativePath}";

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    /// <summary>Every file under <paramref name="directory"/> as relative path (with <c>/</c>) → SHA-256, sorted by path.</summary>
    public static SortedDictionary<string, string> Snapshot(string directory)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            snapshot[Path.GetRelativePath(directory, file).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(TextDiagnosticFormatter.Format));
}
