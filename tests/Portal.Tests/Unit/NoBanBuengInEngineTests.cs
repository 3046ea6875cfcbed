using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Tests.Unit;

/// <summary>
/// The engine and its built-in theme serve every public body (issue 24, point 2): nothing about Ban Bueng stays in
/// <c>src/</c> or <c>theme/</c>; Ban Bueng's own names and settings live in <c>input/</c>. The installed tool's theme is
/// checked the same way by <see cref="WholeSite.PackedToolTests"/>.
/// </summary>
public sealed class NoBanBuengInEngineTests
{
    [Fact]
    public void No_file_of_the_engine_names_ban_bueng_or_its_province()
    {
        // The list of Thailand's 77 provinces (portal init checks --province against it) names Chonburi among them.
        var hits = BanBuengText.Find(Path.Combine(TestRepository.Root, "src")).Where(hit => !hit.StartsWith("Portal/Thai/ThaiProvinces.cs:", StringComparison.Ordinal));
        Assert.Equal([], hits);
    }

    [Fact]
    public void No_file_of_the_built_in_theme_names_ban_bueng_or_its_province()
    {
        Assert.Empty(BanBuengText.Find(TestRepository.RealTheme));
    }

    [Fact]
    public void The_check_finds_each_spelling()
    {
        var folder = Directory.CreateTempSubdirectory("portal-ban-bueng-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.cs"), "// e.g. https://www.banbuengcity.go.th\n");
            File.WriteAllText(Path.Combine(folder, "b.liquid"), "<p>ok</p>\n<p>เทศบาลเมืองบ้านบึง</p>\n");
            File.WriteAllText(Path.Combine(folder, "c.md"), "Ban Bueng, จังหวัดชลบุรี\n");

            Assert.Equal(["a.cs:1", "b.liquid:2", "c.md:1"], BanBuengText.Find(folder).Select(hit => hit[..hit.IndexOf(':', hit.IndexOf(':') + 1)]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Lines that name Ban Bueng (in Thai or English, any case) or its province, as <c>path:line: text</c>.</summary>
internal static partial class BanBuengText
{
    public static IReadOnlyList<string> Find(string folder) => [.. Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
        .Order(StringComparer.Ordinal)
        .SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => Pattern().IsMatch(l.Line))
            .Select(l => $"{Path.GetRelativePath(folder, file).Replace('\\', '/')}:{l.Number}: {l.Line.Trim()}"))];

    [GeneratedRegex("บ้านบึง|banbueng|ban bueng|ชลบุรี", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
