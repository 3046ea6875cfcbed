using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Features.Editor;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Cms;

/// <summary>The vendored Decap CMS: what is embedded is what tools/vendor-decap-cms.sh vendored, at the version it pins.</summary>
public sealed partial class DecapBundleTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Portal", "Features", "Editor", "decap-cms");

    [Fact]
    public void Every_embedded_file_has_the_checksum_the_vendoring_script_recorded()
    {
        var recorded = File.ReadAllLines(Path.Combine(Folder, "SHA256SUMS"))
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
        var embedded = DecapBundle.Files().Where(f => f.Name != "LICENSE.txt").ToList();

        Assert.Equal(recorded.Keys.Order(StringComparer.Ordinal), embedded.Select(f => f.Name));
        Assert.All(embedded, f => Assert.Equal(recorded[f.Name], Convert.ToHexStringLower(SHA256.HashData(f.Content))));
        Assert.Contains(DecapBundle.Files(), f => f.Name == "LICENSE.txt" && System.Text.Encoding.UTF8.GetString(f.Content).Contains("MIT License", StringComparison.Ordinal));
    }

    [Fact]
    public void The_script_pins_the_version_the_code_names()
    {
        var script = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tools", "vendor-decap-cms.sh"));

        Assert.Equal(DecapBundle.Version, VersionLine().Match(script).Groups[1].Value);
        Assert.Contains($"Decap CMS {DecapBundle.Version}", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "architecture.md")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^VERSION=(\S+)$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
