using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Markdown;

namespace Portal.Fuzz;

/// <summary>
/// The promise, checked on generated hostile input through the real entry points: the front-matter reader,
/// the data-file reader, the Markdown path, and the whole build. Nothing but diagnostics may come out: no
/// exception, no script in the HTML, every diagnostic inside the file it names, and a failed build writes
/// nothing. A failure prints the shrunk input; add it to the whole-site tests (WholeSite/Hostile) as a regression.
/// Each target is a class of its own: xunit runs the tests of one class one after another, and classes at once.
/// </summary>
public static partial class PipelineFuzzTests
{
    private const string Display = "input/news/case.md";

    public sealed class FrontMatterReading
    {
        [Fact]
        public void Front_matter_reader_turns_any_yaml_into_diagnostics()
        {
            var property = Prop.ForAll(HostileInput.Yaml.ToArbitrary(), HostileInput.MarkdownText.ToArbitrary(), (yaml, body) =>
            {
                var text = $"---\n{yaml}\n---\n{body}";
                var diagnostics = new List<Diagnostic>();
                FrontMatterReader.Read(new SourceFile("news/case.md", Display, text), PortalFeatures.Parts.Kinds, diagnostics);
                AssertInside(diagnostics, Display, text);
            });

            FuzzBudget.Run(property);
        }
    }

    public sealed class DataFileReading
    {
        [Fact]
        public void Data_file_reader_turns_any_yaml_into_diagnostics_or_values()
        {
            var property = Prop.ForAll(HostileInput.Yaml.ToArbitrary(), yaml =>
            {
                var diagnostics = new List<Diagnostic>();
                var root = YamlDocumentReader.Read(yaml, "input/_data/case.yml", 1, diagnostics);
                if (root is not null)
                {
                    DataValueReader.ToValue(root);
                }

                DataUrls.Check(root, "input/_data/case.yml", diagnostics);
                AssertInside(diagnostics, "input/_data/case.yml", yaml);
            });

            FuzzBudget.Run(property);
        }
    }

    public sealed class FileDecoding
    {
        [Fact]
        public void File_decoding_turns_any_bytes_into_text_or_a_diagnostic()
        {
            var property = Prop.ForAll(HostileInput.Bytes(HostileInput.MarkdownText).ToArbitrary(), bytes =>
            {
                var diagnostics = new List<Diagnostic>();
                var text = TextFileReader.Decode(bytes, Display, diagnostics);
                Assert.True((text is null) == (diagnostics.Count == 1), "a file is either text or one diagnostic");
                Assert.True(text is null || ContentCharacters.IsAllowed(text), "decoded text passes the character rule");
            });

            FuzzBudget.Run(property);
        }
    }

    public sealed class MarkdownRendering
    {
        [Fact]
        public void Markdown_path_renders_any_decoded_page_without_script()
        {
            var renderer = new MarkdownRenderer(new HashSet<string>(StringComparer.Ordinal) { "main-content", "app-nav-list" });
            var property = Prop.ForAll(HostileInput.Bytes(HostileInput.Markdown).ToArbitrary(), bytes =>
            {
                var diagnostics = new List<Diagnostic>();
                if (TextFileReader.Decode(bytes, Display, diagnostics) is not { } text)
                {
                    return;
                }

                var page = new SourceFile("news/case.md", Display, "---\ntitle: ก\n---\n" + text);
                var html = renderer.Render(page, new NoTargets(), diagnostics).Html;
                Assert.DoesNotMatch(ActiveHtml(), html);
                AssertInside(diagnostics, Display, page.Text);
            });

            FuzzBudget.Run(property);
        }
    }

    public sealed class WholeBuild
    {
        [Fact]
        public void Whole_build_fails_only_with_diagnostics_and_a_failed_build_writes_nothing()
        {
            using var site = FuzzSite.Create();
            var page = HostileInput.Bytes(Gen.OneOf(HostileInput.Markdown, HostileInput.Yaml.Select(yaml => $"---\n{yaml}\n---\nข้อความ\n")));
            var property = Prop.ForAll(page.ToArbitrary(), HostileInput.Bytes(HostileInput.Yaml).ToArbitrary(), (pageBytes, dataBytes) =>
            {
                var before = site.Snapshot();
                site.WriteBytes("news/case.md", pageBytes);
                site.WriteBytes("_data/case.yml", dataBytes);

                var result = site.Build();

                if (!result.Succeeded)
                {
                    Assert.Equal(before, site.Snapshot());
                }

                Assert.All(result.Diagnostics, d => Assert.StartsWith(site.Input, d.Location.Path, StringComparison.Ordinal));
                Assert.All(result.Diagnostics, d => Assert.DoesNotContain('\n', TextDiagnosticFormatter.Format(d)));
            });

            FuzzBudget.Run(property);
        }
    }

    /// <summary>Every diagnostic names the file and a line that exists in it.</summary>
    private static void AssertInside(IEnumerable<Diagnostic> diagnostics, string displayPath, string text)
    {
        var lines = ContentCharacters.Position(text, text.Length).Line;
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(displayPath, d.Location.Path);
            Assert.InRange(d.Location.Line, 1, lines);
            Assert.True(d.Location.Column >= 1);
        });
    }

    /// <summary>A script element, an event-handler attribute, or a link or source with a scheme that runs code.</summary>
    [GeneratedRegex("<script|\\son[a-z]+\\s*=|(?:href|src)=\"\\s*(?:javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveHtml();

    private sealed class NoTargets : ILinkTargets
    {
        public string? UrlOfSource(string relativePath) => null;

        public bool IsUnpublishedDraft(string relativePath) => false;

        public bool IsPublishedUrl(string url) => url == "/";

        public bool HasFile(string relativePath) => relativePath == "files/x.pdf";
    }
}
