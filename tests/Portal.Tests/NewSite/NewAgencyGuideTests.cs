using System.Text.RegularExpressions;
using Portal.Cli;
using Portal.Commands;
using Portal.Features.NewSite;
using Portal.Tests.WholeSite;
using Spectre.Console;

namespace Portal.Tests.NewSite;

/// <summary>docs/new-agency.md: linked from the README and CONTRIBUTING.md, and its commands are the ones the tool has.</summary>
public sealed partial class NewAgencyGuideTests
{
    private static string Guide => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "new-agency.md"));

    [Theory]
    [InlineData("README.md")]
    [InlineData("CONTRIBUTING.md")]
    public void The_guide_is_linked_from(string file) =>
        Assert.Contains("](docs/new-agency.md)", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)), StringComparison.Ordinal);

    [Fact]
    public void The_guides_init_command_makes_a_site_and_its_package_is_the_tools()
    {
        var example = InitExample().Match(Guide);
        Assert.True(example.Success, "docs/new-agency.md shows no `dotnet portal init nongphai …` line");
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", $"guide-{Guid.NewGuid():N}");
        try
        {
            var arguments = Arguments(example.Groups[1].Value).Select(a => a == "nongphai" ? folder : a).ToList();
            using var errors = new StringWriter();
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });

            var exitCode = PortalApp.Run(["init", .. arguments], new CliConsole(terminal, TextWriter.Null, errors));

            Assert.True(exitCode == 0, errors.ToString());
            Assert.True(File.Exists(Path.Combine(folder, "input", "_data", "site.yml")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Assert.Contains($"dotnet tool install {NewSiteTemplate.ToolPackageId}\n", Guide, StringComparison.Ordinal);
        Assert.Contains($"dotnet tool update {NewSiteTemplate.ToolPackageId}\n", Guide, StringComparison.Ordinal);
    }

    /// <summary>A shell line's words; a double-quoted word keeps its spaces.</summary>
    private static IEnumerable<string> Arguments(string line) => Words().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value);

    [GeneratedRegex(@"^dotnet portal init (nongphai .+)$", RegexOptions.Multiline)]
    private static partial Regex InitExample();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Words();
}
