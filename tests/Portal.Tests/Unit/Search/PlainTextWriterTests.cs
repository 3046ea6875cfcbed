using Markdig;
using Markdig.Syntax;
using Portal.Markdown;

namespace Portal.Tests.Unit.Search;

public sealed class PlainTextWriterTests
{
    private static string PlainText(string markdown) =>
        PlainTextWriter.Write(MarkdownTree.Nodes<MarkdownObject>(Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseCustomContainers().Build())));

    [Fact]
    public void Keeps_the_words_of_every_block_without_markup_or_front_matter()
    {
        const string markdown = """
            ---
            title: หัวเรื่องในส่วนหน้า
            ---
            ## ภาษี**ที่ดิน**

            ชำระได้ที่[กองคลัง](../about/index.md) หรือ `ออนไลน์`

            - ข้อหนึ่ง
            - ข้อสอง

            | ปี | คะแนน |
            |---|---|
            | 2566 | 95.71 |

            :::note
            หมายเหตุ
            :::
            """;

        Assert.Equal("ภาษีที่ดิน\nชำระได้ที่กองคลัง หรือ ออนไลน์\nข้อหนึ่ง\nข้อสอง\nปี\nคะแนน\n2566\n95.71\nหมายเหตุ\n", PlainText(markdown));
    }
}
