using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Features;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Unit;

/// <summary>
/// The core (every file of src/Portal outside Features/) names no feature: not its namespace, and none of its types. The
/// features are listed once, in Features/PortalFeatures.cs, which the core does not name either.
/// </summary>
public sealed partial class CoreIndependenceTests
{
    private static readonly string Library = Path.Combine(TestPaths.RepositoryRoot, "src", "Portal");

    [Fact]
    public void No_core_file_names_a_features_namespace_or_type()
    {
        var featureTypes = typeof(PortalFeatures).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Portal.Features", StringComparison.Ordinal) == true && !t.IsNested
                && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal);

        var references = CoreFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .SelectMany(l => FeatureReferences(l.line, featureTypes).Select(name => $"{Path.GetRelativePath(Library, l.file)}:{l.number}: {name}"))
            .ToList();

        Assert.True(references.Count == 0, "the core names features:\n" + string.Join('\n', references));
    }

    [Fact]
    public void The_scan_sees_the_core_and_knows_the_feature_types()
    {
        var files = CoreFiles().Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/')).ToList();

        Assert.Contains("BuildSession.cs", files);
        Assert.Contains("Rendering/ThemeFilters.cs", files);
        Assert.DoesNotContain(files, f => f.StartsWith("Features/", StringComparison.Ordinal));
        Assert.Equal(["OitClaims"], FeatureReferences("var claims = OitClaims.Of(page.FrontMatter);", new HashSet<string>(["OitClaims"])));
        Assert.Equal(["Portal.Features"], FeatureReferences("using Portal.Features.Oit;", new HashSet<string>()));
        Assert.Equal(["Features."], FeatureReferences("Features.Editor.CmsOutput.Folder", new HashSet<string>()));
    }

    private static IEnumerable<string> CoreFiles() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Library, f).Split(Path.DirectorySeparatorChar)[0] is not ("Features" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> FeatureReferences(string line, IReadOnlySet<string> featureTypes)
    {
        if (line.Contains("Portal.Features", StringComparison.Ordinal))
        {
            yield return "Portal.Features";
        }
        else if (QualifiedFeature().IsMatch(line))
        {
            yield return "Features.";
        }

        foreach (var word in Identifier().Matches(line).Select(m => m.Value).Where(featureTypes.Contains).Distinct())
        {
            yield return word;
        }
    }

    [GeneratedRegex(@"(?<![\w.])Features\.")]
    private static partial Regex QualifiedFeature();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();
}
