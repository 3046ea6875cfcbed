using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Portal.Markdown;

namespace Portal.Tests.Unit;

/// <summary>
/// Issue 18, class 7: setext headings in linear time. The parser gives the same document as Markdig's own on random
/// Markdown made of the lines that decide setext headings, and many setext headings parse in linear time.
/// </summary>
[Collection(ProcessorClock.Collection)]
public sealed class LinearSetextParagraphParserTests
{
    private static readonly string[] Lines =
        ["a", "b  ", "ก ข", "===", "---", "- -", "-", "=", " ==", "> a", "> ===", "- a", "  ---", "1. a", "[x]: /u", "[x]: /u \"t\"", "", "", "# h", "| a | b |", "a {#id}", "    code", "***", "  = ="];

    [Fact]
    public void Documents_are_those_of_Markdig_s_own_paragraph_parser_class_7_bounded_work_per_page()
    {
        var markdig = Pipeline(linear: false);
        var linear = Pipeline(linear: true);
        var random = new Random(7);
        for (var round = 0; round < 4_000; round++)
        {
            var text = string.Join('\n', Enumerable.Range(0, random.Next(1, 14)).Select(_ => Lines[random.Next(Lines.Length)]));

            Assert.True(Describe(text, markdig) == Describe(text, linear), $"differs for:\n{text}");
        }
    }

    [Fact]
    public void Two_hundred_thousand_setext_headings_parse_in_seconds_class_7_bounded_work_per_page()
    {
        var text = string.Concat(Enumerable.Repeat("a\n=\n", 200_000));

        var clock = ProcessorClock.StartNew();
        var document = Markdig.Markdown.Parse(text, Pipeline(linear: true));
        clock.Stop();

        Assert.Equal(200_000, document.Count(b => b is HeadingBlock { IsSetext: true }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"200,000 setext headings took {clock.Elapsed}");
    }

    private static MarkdownPipeline Pipeline(bool linear)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().UsePreciseSourceLocation();
        if (linear)
        {
            builder.BlockParsers.Replace<ParagraphBlockParser>(new LinearSetextParagraphParser());
        }

        return builder.Build();
    }

    /// <summary>The HTML, and each block's kind and place, which the outline and the diagnostics read.</summary>
    private static string Describe(string text, MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(text, pipeline);
        var blocks = document.Descendants<Block>().Select(b => $"{b.GetType().Name} {b.Line}:{b.Column} {b.Span}");
        return $"{document.ToHtml(pipeline)}{document.Span}\n{string.Join('\n', blocks)}";
    }
}
