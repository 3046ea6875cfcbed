using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Tests.WholeSite;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.Unit;

/// <summary>
/// <see cref="SimpleYamlParser"/> against YamlDotNet's <see cref="Parser"/>: whenever the fast parser takes a text,
/// its events equal YamlDotNet's field by field, marks included, and <see cref="YamlDocumentReader.Read"/> gives
/// the same nodes and diagnostics with and without it.
/// </summary>
public sealed partial class SimpleYamlParserTests
{
    private const string Typical = """
        title: "หน่วยงานที่ท่านติดต่อ ส่งเสริมให้มีการมอบหมายงาน พ.ศ.2566"
        date: 2022-01-01
        description: "ประเด็นการประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอกหน่วยงาน"
        tags: ["สอบถาม", "ควรพัฒนาและปรับปรุงการดำเนินการตามตัวชี้วัดที่"]

        """;

    [Fact]
    public void Typical_front_matter_takes_the_fast_path()
    {
        Assert.True(AssertSameEvents(Typical));
        Assert.True(AssertSameEvents(Typical.Replace("\n", "\r\n", StringComparison.Ordinal)));
        AssertSameNodes(Typical);
    }

    [Theory]
    [InlineData("title:\n", true)]
    [InlineData("title:", true)]
    [InlineData("title:\ndate: 2024-01-02\n", true)]
    [InlineData("title:   \n\n# note\ndate: 1\n", true)]
    [InlineData("a: ''\n", true)]
    [InlineData("a: 'it''s'\n", true)]
    [InlineData("a: ''''\n", true)]
    [InlineData("a: \"a\\\"b\"\n", false)]
    [InlineData("a: \"a\\nb\"\n", false)]
    [InlineData("a: [ ]\n", true)]
    [InlineData("a: []\n", true)]
    [InlineData("a: [a, b]\n", true)]
    [InlineData("a: [ a ,'b' , \"c\" ]   \n", true)]
    [InlineData("a: [a,]\n", false)]
    [InlineData("a: [a, [b]]\n", false)]
    [InlineData("a: [a: b]\n", false)]
    [InlineData("a: [a\n", false)]
    [InlineData("a: plain text   \n", true)]
    [InlineData("a: \"quoted\"   \n", true)]
    [InlineData("# heading\na: b\n# trailing\n", true)]
    [InlineData("a: b\n  # indented comment\n", true)]
    [InlineData("a: b # comment\n", false)]
    [InlineData("a: \"b\" # comment\n", false)]
    [InlineData("a: \"# not a comment\"\n", true)]
    [InlineData("a: '# not a comment'\n", true)]
    [InlineData("a: \"key: value\"\n", true)]
    [InlineData("a: b: c\n", false)]
    [InlineData("a: b:\n", false)]
    [InlineData("a: http://example.com/x#y\n", true)]
    [InlineData("fiscal-year: 2566\nx_1: 2\n", true)]
    [InlineData("-a: 1\n", false)]
    [InlineData("title: เทศบาลเมืองบ้านบึง\n", true)]
    [InlineData("title: \"😀 ไทย\"\ntags: [😀, \"🎉\"]\n", true)]
    [InlineData("\uFEFFtitle: a\n", false)]
    [InlineData("title: a\tb\n", false)]
    [InlineData("title:\ta\n", false)]
    [InlineData("title: a\r\ndate: 2024-01-01\r\n", true)]
    [InlineData("title: a\rdate: 1\r", false)]
    [InlineData("title: a\n\n\n", true)]
    [InlineData("\n\ntitle: a", true)]
    [InlineData("title: a\n   ", true)]
    [InlineData("a: 1\na: 2\n", true)]
    [InlineData("a:\n  b: 1\n", false)]
    [InlineData("a:\n- 1\n", false)]
    [InlineData("a: b\n  c\n", false)]
    [InlineData("a: -1\n", false)]
    [InlineData("a: &x 1\n", false)]
    [InlineData("a: !t 1\n", false)]
    [InlineData("a: |\n  x\n", false)]
    [InlineData("", false)]
    [InlineData("# only a comment\n", false)]
    [InlineData("---\na: 1\n", false)]
    [InlineData("a: 1\n...\n", false)]
    [InlineData("a : 1\n", false)]
    [InlineData("a:1\n", false)]
    [InlineData("a: \"\u0001\"\n", false)]
    [InlineData("a: \"\uFDD0\"\n", true)]
    [InlineData("a: b\u00A0\n", true)]
    [InlineData("a: \u00A0b\u3000\n", true)]
    [InlineData("a: [b\u00A0, \u200Bc]\n", true)]
    [InlineData("\u00A0a: b\n", false)]
    public void Edge_cases(string yaml, bool takesTheFastPath)
    {
        Assert.Equal(takesTheFastPath, AssertSameEvents(yaml));
        AssertSameNodes(yaml);
    }

    [Fact]
    public void Long_values_read_the_same()
    {
        var thai = string.Concat(Enumerable.Repeat("การประเมินคุณธรรมและความโปร่งใส ", 100));
        Assert.True(AssertSameEvents($"title: {thai}\ndescription: \"{thai}\"\nnote: '{thai}'\ntags: [{thai}, \"{thai}\"]\n"));
        Assert.True(AssertSameEvents($"{new string('k', 128)}: 1\n"));
        Assert.False(AssertSameEvents($"{new string('k', 129)}: 1\n"));
        AssertSameNodes($"{new string('k', 1100)}: 1\n");
    }

    [Fact]
    public void Front_matter_of_the_real_site_and_the_fixture_sites_reads_the_same()
    {
        var texts = YamlTexts(Path.Combine(TestPaths.RepositoryRoot, "input")).Concat(YamlTexts(TestPaths.Sites)).ToList();
        var taken = 0;
        foreach (var yaml in texts)
        {
            taken += AssertSameEvents(yaml) ? 1 : 0;
            AssertSameNodes(yaml);
        }

        // Most pages have flat front matter; far fewer would mean the recogniser declines what it should take.
        Assert.True(taken > texts.Count / 2, $"the fast path took {taken} of {texts.Count} texts");
    }

    [Fact]
    public void Front_matter_like_the_benchmark_corpus_always_takes_the_fast_path()
    {
        var seed = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "seeds"), "*.txt").First());
        var words = CorpusPhrases(seed);
        var random = new Random(20);
        string Sentence(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)]));
        for (var i = 0; i < 200; i++)
        {
            var yaml = $"""
                title: "{Sentence(4)}"
                date: {2022 + (i % 4):D4}-{1 + (i % 12):D2}-{1 + (i % 28):D2}
                description: "{Sentence(8)}"
                tags: ["{Sentence(1)}", "{Sentence(1)}"]

                """;
            Assert.True(AssertSameEvents(yaml), yaml);
            AssertSameNodes(yaml);
        }
    }

    [Fact]
    public void Random_texts_built_from_the_pieces_read_the_same()
    {
        var random = new Random(2026_12_07);
        var (taken, declined) = (0, 0);
        for (var i = 0; i < 4000; i++)
        {
            var inSubset = random.Next(2) == 0;
            var yaml = RandomText(random, inSubset ? 0 : 4);
            if (AssertSameEvents(yaml))
            {
                taken++;
            }
            else
            {
                Assert.False(inSubset, $"the fast path declined {Quote(yaml)}");
                declined++;
            }

            AssertSameNodes(yaml);
        }

        // Texts with odd pieces must exercise both ways: some are still inside the subset, most are not.
        Assert.InRange(declined, 1000, 1990);
        Assert.InRange(taken, 2010, 3000);
    }

    /// <summary>Whether the fast parser took the text; if it did, its events are YamlDotNet's.</summary>
    private static bool AssertSameEvents(string yaml)
    {
        if (SimpleYamlParser.TryCreate(yaml) is not { } simple)
        {
            return false;
        }

        Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(simple));
        return true;
    }

    private static void AssertSameNodes(string yaml)
    {
        var fastDiagnostics = new List<Diagnostic>();
        var slowDiagnostics = new List<Diagnostic>();
        var fast = YamlDocumentReader.Read(yaml, "input/page.md", 2, fastDiagnostics);
        var slow = YamlDocumentReader.Read(yaml, "input/page.md", 2, slowDiagnostics, simpleFirst: false);
        Assert.Equal(Describe(slow), Describe(fast));
        Assert.Equal(slowDiagnostics, fastDiagnostics);
    }

    private static string Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var fields = e switch
            {
                Scalar s => $"{Quote(s.Value)} {s.Style} tag={s.Tag} anchor={s.Anchor} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey}",
                MappingStart m => $"{m.Style} tag={m.Tag} anchor={m.Anchor} implicit={m.IsImplicit}",
                SequenceStart q => $"{q.Style} tag={q.Tag} anchor={q.Anchor} implicit={q.IsImplicit}",
                DocumentStart d => $"implicit={d.IsImplicit} version={d.Version} tags={string.Join(' ', d.Tags?.Select(t => $"{t.Handle}={t.Prefix}") ?? [])}",
                DocumentEnd d => $"implicit={d.IsImplicit}",
                _ => "",
            };
            events.Add($"{e.GetType().Name} {fields} {Position(e.Start)}-{Position(e.End)}");
        }

        Assert.Null(parser.Current);
        return string.Join('\n', events);
    }

    private static string Describe(YamlNode? node)
    {
        var text = new StringBuilder();
        Describe(node, text, 0);
        return text.ToString();
    }

    private static void Describe(YamlNode? node, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        if (node is null)
        {
            text.AppendLine("null");
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"{node.NodeType} {Position(node.Start)}-{Position(node.End)} tag={node.Tag} anchor={node.Anchor}");
        switch (node)
        {
            case YamlScalarNode scalar:
                text.AppendLine(CultureInfo.InvariantCulture, $" {scalar.Style} {Quote(scalar.Value)}");
                break;
            case YamlMappingNode mapping:
                text.AppendLine(CultureInfo.InvariantCulture, $" {mapping.Style}");
                foreach (var (key, value) in mapping.Children)
                {
                    Describe(key, text, depth + 1);
                    Describe(value, text, depth + 2);
                }

                break;
            case YamlSequenceNode sequence:
                text.AppendLine(CultureInfo.InvariantCulture, $" {sequence.Style}");
                foreach (var item in sequence.Children)
                {
                    Describe(item, text, depth + 1);
                }

                break;
        }
    }

    private static string Position(Mark mark) => $"{mark.Index}:{mark.Line}:{mark.Column}";

    private static string Quote(string? value) => value is null ? "(null)" : $"«{value}»";

    /// <summary>The YAML of every page's front matter and every YAML file under a folder.</summary>
    private static IEnumerable<string> YamlTexts(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(path);
            if (extension == ".md")
            {
                if (FrontMatterSplitter.Split(File.ReadAllText(path)).Yaml is { } yaml)
                {
                    yield return yaml;
                }
            }
            else if (extension is ".yml" or ".yaml")
            {
                yield return File.ReadAllText(path);
            }
        }
    }

    /// <summary>Thai phrases of the seed report, picked the way tests/Portal.Benchmarks/gen-corpus.py picks them.</summary>
    private static List<string> CorpusPhrases(string seed)
    {
        var phrases = new List<string>();
        foreach (var line in seed.Split('\n'))
        {
            foreach (var word in Whitespace().Split(CorpusMarkup().Replace(line, " ")))
            {
                var phrase = word.Trim(' ', '.', ',', '(', ')', '-', ':', ';', '"', '\'');
                if (phrase.Length >= 3 && phrase.Any(c => c is >= '\u0E00' and <= '\u0E7F'))
                {
                    phrases.Add(phrase);
                }
            }
        }

        return phrases;
    }

    [GeneratedRegex(@"[#*<>|]|</?b>|\t")]
    private static partial Regex CorpusMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Pieces inside the subset, and odd ones: outside it, broken, or near its edge.
    private static readonly Pieces Keys = new(["title", "date", "tags", "fiscal-year", "x_1", "9"], ["-a", "a b", "ชื่อ", "title ", ""]);

    private static readonly Pieces Separators = new([": ", ":  "], [":", " : ", ":\t", "::"]);

    private static readonly Pieces Values = new(
        [
            "2022-01-01", "3", "true", "~", "null", "ข้อความไทย พ.ศ.2566", "a b", "a  b", "http://x.y/z", "a:b", "a#b",
            "a[1]", "a{b}", "a,b", "a'b", "a\"b", "😀", "...", "\uFDD0", "\"a\"", "\"\"", "\"a b \"", "\" x\"", "\"# y\"",
            "\"a: b\"", "\"ไทย 😀\"", "\"it's\"", "'a'", "''", "'it''s'", "''''", "'a\"b'", "'a\\b'", "' # '", "",
        ],
        [
            "a #b", "a: b", "a:", "-x", "- x", "?x", "*x", "&a x", "!t x", "|", ">", "%x", "@x", "`x", "---", "a\tb", "a\\b",
            "\"a\\\"b\"", "\"a\\nb\"", "\"open", "\"a\"b", "'x", "'a''", "'a'b", "a\u0085b", "a\u2028b", "\u0001",
        ]);

    private static readonly Pieces Items = new(
        [
            "a", "a b", "2022-01-01", "3", "true", "~", "null", "ข้อความไทย", "😀", "a'b", "a\"b", "\"a\"", "\"\"", "\" x \"",
            "\"# y\"", "\"a: b\"", "\"ไทย 😀\"", "\"it's\"", "'a'", "''", "'it''s'", "''''", "'a\"b'", "'a\\b'", "' # '",
        ],
        ["a:b", "a#b", "a #b", "-x", "*x", "&a x", "a[1]", "\"a\\\"b\"", "\"open", "'x", "a,b", "{a: b}", "[b]", ""]);

    private static readonly Pieces Trailers = new(["", "", "  "], [" # comment", "\t", " x"]);

    private static readonly Pieces OtherLines = new(["", "  ", "# note", "  # note", "#"], ["  more", "  - item", "- item", "---", "...", "plain", "\t"]);

    private static readonly Pieces LineEnds = new(["\n", "\n", "\r\n"], ["\r"]);

    /// <summary>A text of good pieces, and with <paramref name="odd"/> above 0 an odd piece one time in that many.</summary>
    private static string RandomText(Random random, int odd)
    {
        var text = new StringBuilder();
        if (odd > 0 && random.Next(50) == 0)
        {
            text.Append('\uFEFF');
        }

        var lines = random.Next(1, 7);
        var entry = random.Next(lines); // at least one key: a text of comments alone is left to YamlDotNet
        var lineEnd = LineEnds.Pick(random, odd);
        for (var i = 0; i < lines; i++)
        {
            if (i != entry && random.Next(5) == 0)
            {
                text.Append(OtherLines.Pick(random, odd));
            }
            else
            {
                text.Append(Keys.Pick(random, odd)).Append(Separators.Pick(random, odd));
                text.Append(random.Next(3) == 0 ? RandomSequence(random, odd) : Values.Pick(random, odd));
                text.Append(Trailers.Pick(random, odd));
            }

            if (i < lines - 1 || random.Next(4) > 0)
            {
                text.Append(odd > 0 && random.Next(20) == 0 ? LineEnds.Pick(random, odd) : lineEnd);
            }
        }

        return text.ToString();
    }

    private static string RandomSequence(Random random, int odd)
    {
        var items = Enumerable.Range(0, random.Next(4)).Select(_ => Items.Pick(random, odd));
        var separator = random.Next(3) switch
        {
            0 => ",",
            1 => " , ",
            _ => ", ",
        };
        return random.Next(3) == 0 ? $"[ {string.Join(separator, items)} ]" : $"[{string.Join(separator, items)}]";
    }

    private sealed record Pieces(string[] Good, string[] Odd)
    {
        /// <summary>An odd piece one time in <paramref name="odd"/> (never when it is 0), else a good one.</summary>
        public string Pick(Random random, int odd)
        {
            var pieces = odd > 0 && random.Next(odd) == 0 ? Odd : Good;
            return pieces[random.Next(pieces.Length)];
        }
    }
}
