using Portal.Features;
using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>The promise to ITAS on the real content: a published page removed without a redirect fails the build, and a redirect mends it.</summary>
public sealed class RealSitePublishedUrlTests
{
    [Fact]
    public void Removing_a_published_page_without_a_redirect_fails_the_build_and_a_redirect_mends_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-tests", $"real-removed-{Guid.NewGuid():N}");
        try
        {
            var input = Path.Combine(root, "input");
            TempSite.CopyDirectory(Path.Combine(TestPaths.RepositoryRoot, "input"), input);
            // Whichever published news item comes first: the test holds whatever news staff add or remove.
            var published = File.ReadAllLines(Path.Combine(input, "_data", "published-urls.txt")).ToHashSet(StringComparer.Ordinal);
            var removed = Directory.EnumerateFiles(Path.Combine(input, "news"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
                .First(name => published.Contains($"/news/{name}/"));
            File.Delete(Path.Combine(input, "news", removed + ".md"));
            var options = new BuildOptions(input, TestPaths.RealTheme, Path.Combine(root, "_site"));

            var failed = SiteBuild.Run(options, PortalFeatures.Parts);

            var problem = Assert.Single(failed.Diagnostics, d => d.Severity == Portal.Diagnostics.Severity.Error);
            Assert.Equal("PT044", problem.Code.Id);
            Assert.StartsWith($"/news/{removed}/ was published", problem.EnglishMessage, StringComparison.Ordinal);
            Assert.False(Directory.Exists(options.OutputDirectory));

            File.AppendAllText(Path.Combine(input, "_data", "redirects.yml"), $"\n- from: /news/{removed}/\n  to: /news/\n");
            Assert.True(SiteBuild.Run(options, PortalFeatures.Parts).Succeeded);
            Assert.Contains($"/news/{removed}/ /news/ 301!", File.ReadAllText(Path.Combine(options.OutputDirectory, "_redirects")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
