using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Commands;
using Portal.Features.Oit;
using Portal.Thai;

namespace Portal.Features.NewSite;

/// <summary>
/// The files of a new site, shipped inside the engine (<c>Features/NewSite/Template/</c>, embedded) and filled from the
/// answers: each <c>@@token@@</c> becomes its value, and a line whose token has no value (<c>title_en</c> without
/// <c>--name-en</c>) is left out. A path segment <c>dot-x</c> is written <c>.x</c>, so the template's <c>.gitignore</c> and
/// <c>.github/</c> do not act on this repository. The template names no body: every fact the answers do not give is
/// left empty or marked pending, as the build then says.
/// </summary>
public static partial class NewSiteTemplate
{
    /// <summary>The NuGet package of the <c>portal</c> tool, pinned in the new site's <c>.config/dotnet-tools.json</c>.</summary>
    public const string ToolPackageId = "ThaiTransparencyPortal.Tool";

    private const string ResourcePrefix = "new-site/";

    private const string CatalogResourcePrefix = "oit-catalogs/";

    private const string CatalogFolder = "input/_data/oit/";

    /// <summary>Every file of the new site (relative path with <c>/</c> → text), the current fiscal year's OIT catalog included.</summary>
    public static SortedDictionary<string, string> Files(NewSiteAnswers answers, FiscalYear currentYear)
    {
        var values = Values(answers, currentYear);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(NewSiteTemplate).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            files[TargetPath(resource[ResourcePrefix.Length..])] = Fill(reader.ReadToEnd(), values);
        }

        AddCurrentCatalog(files, currentYear);
        return files;
    }

    /// <summary>
    /// Writes the new site into <paramref name="folder"/>, which must not exist or be empty, and be no symbolic link.
    /// Each file is created new (never through a link planted meanwhile); returns the relative paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, NewSiteAnswers answers, FiscalYear currentYear)
    {
        CheckTarget(folder);
        var files = Files(answers, currentYear);
        var root = Path.GetFullPath(folder);
        foreach (var (relative, text) in files)
        {
            var path = Path.GetFullPath(Path.Combine(root, relative));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }

        return [.. files.Keys];
    }

    private static void CheckTarget(string folder)
    {
        // A link is refused even when it leads nowhere yet: creating the site's folders would go through it.
        if (new FileInfo(folder).LinkTarget is not null)
        {
            throw new UsageException($"{folder} เป็นลิงก์ (symbolic link) จะไม่เขียนผ่านลิงก์ ใช้โฟลเดอร์จริง", $"{folder} is a symbolic link; give a real folder");
        }

        if (File.Exists(folder))
        {
            throw new UsageException($"{folder} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงสร้างเว็บไซต์ในนั้นไม่ได้", $"{folder} is a file, not a folder");
        }

        var directory = new DirectoryInfo(folder);
        if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            throw new UsageException($"{folder} มีไฟล์อยู่แล้ว จะไม่เขียนทับ ใช้โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง", $"{folder} is not empty; nothing is overwritten: give a new or empty folder");
        }
    }

    private static Dictionary<string, string?> Values(NewSiteAnswers answers, FiscalYear currentYear) => new(StringComparer.Ordinal)
    {
        ["name"] = answers.Name,
        ["name_en"] = answers.NameEn,
        ["kind"] = answers.Kind.Key,
        ["word"] = answers.Kind.Word,
        ["province"] = answers.Province,
        ["province_phrase"] = ThaiProvinces.Phrase(answers.Province),
        ["base_url"] = answers.BaseUrl,
        ["fiscal_year"] = currentYear.ToString(),
        ["tool_package"] = ToolPackageId.ToLowerInvariant(),
        ["tool_version"] = ToolVersion(),
        ["tool_package_file"] = $"{ToolPackageId}.{ToolVersion()}.nupkg",
    };

    private static string Fill(string text, Dictionary<string, string?> values)
    {
        string? Value(Match token) => values.TryGetValue(token.Groups[1].Value, out var value)
            ? value : throw new InvalidOperationException($"the new-site template names an unknown value @@{token.Groups[1].Value}@@");
        // Line ends as in the repository, whatever a checkout made of them: the build script must run on Netlify's Linux.
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(line => Tokens().Matches(line).All(token => Value(token) is not null));
        return Tokens().Replace(string.Join('\n', lines), token => Value(token)!);
    }

    private static string TargetPath(string resourcePath) =>
        string.Join('/', resourcePath.Replace('\\', '/').Split('/').Select(segment => segment.StartsWith("dot-", StringComparison.Ordinal) ? "." + segment[4..] : segment));

    /// <summary>
    /// The current fiscal year's OIT catalog, the one a new site collects evidence for: the engine's list of that year
    /// when it has one, else its newest copied with every item unverified, as <c>portal new catalog</c> does, since no
    /// NACC list may be out yet when a year begins. Earlier years are left out: a new site has no evidence for them, and
    /// their pages would show every item missing.
    /// </summary>
    private static void AddCurrentCatalog(SortedDictionary<string, string> files, FiscalYear currentYear)
    {
        var assembly = typeof(NewSiteTemplate).Assembly;
        var catalogs = assembly.GetManifestResourceNames().Where(n => n.StartsWith(CatalogResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => int.Parse(n[CatalogResourcePrefix.Length..^".yml".Length], CultureInfo.InvariantCulture));
        var year = currentYear.BuddhistYear;
        var from = catalogs.ContainsKey(year) ? year : catalogs.Keys.Where(y => y < year).DefaultIfEmpty(catalogs.Keys.Max()).Max();
        using var reader = new StreamReader(assembly.GetManifestResourceStream(catalogs[from])!, Encoding.UTF8);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");
        files[$"{CatalogFolder}{year.ToString(CultureInfo.InvariantCulture)}.yml"] = from == year ? text : OitCatalogCopy.Copy(text, from, year);
    }

    /// <summary>The engine's own version (without build metadata), which the new site's tool manifest pins.</summary>
    public static string ToolVersion()
    {
        var assembly = typeof(NewSiteTemplate).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version!.ToString(3);
        return version.Split('+')[0];
    }

    [GeneratedRegex("@@([a-z_]+)@@")]
    private static partial Regex Tokens();
}
