using System.Buffers;

namespace Portal.Markdown;

/// <summary>
/// What Markdig would make of a page, estimated in one pass before parsing, so that every page builds in bounded time
/// and memory whatever its shape:
/// <list type="bullet">
/// <item>Elements: each line may start a block, and each table bar, bracket, emphasis mark, code mark, angle bracket,
/// entity or web address an inline. The work of parsing, checking and rendering a page, and the memory its tree holds,
/// grow with that number, not with the page's bytes: five megabytes of one-letter headings or of a 2,000-column table
/// are millions of elements and took 15 to 20 seconds and gigabytes, where five megabytes of prose are a few thousand.</item>
/// <item>Web addresses written without a link (<c>www.example.org</c>): Markdig checks each one against every inline
/// before it in its paragraph, which is quadratic: 80,000 in one paragraph took 48 seconds. The estimate adds, for each
/// address, the inlines before it since the last blank line.</item>
/// </list>
/// Real pages stay far below both budgets.
/// </summary>
internal static class MarkdownSize
{
    /// <summary>Elements one page may have: a page this size builds in a few seconds (measured: 500,000 one-line paragraphs, headings or table cells).</summary>
    public const int Budget = 500_000;

    /// <summary>Inlines Markdig may look back over for the page's web addresses: well under a second.</summary>
    public const long AddressLookBackBudget = 50_000_000;

    private static readonly SearchValues<char> Interesting = SearchValues.Create("\n|[*_`<&w:");

    /// <summary>The web addresses Markdig's autolink extension takes, found from their <c>www.</c> or the scheme before a <c>:</c>.</summary>
    private static readonly string[] Schemes = ["https", "http", "ftp", "mailto", "tel"];

    /// <summary>The 1-based line where the page passes either budget, or null when it is within both.</summary>
    public static int? FirstLinePastBudget(string text)
    {
        var elements = 0;
        long lookBack = 0;
        var inlinesInParagraph = 0;
        var line = 1;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Interesting); at >= 0; at = NextInteresting(span, at))
        {
            switch (span[at])
            {
                case '\n':
                    line++;
                    if (span[(at + 1)..].TrimStart(" \t").StartsWith("\n"))
                    {
                        inlinesInParagraph = 0;
                    }

                    break;
                case 'w' when !span[at..].StartsWith("www.") || !StartsAWord(span, at):
                case ':' when !AfterAScheme(span, at):
                    continue;
                case 'w':
                case ':':
                    lookBack += inlinesInParagraph;
                    inlinesInParagraph++; // the link, and the text after it below
                    break;
            }

            inlinesInParagraph++;
            if (++elements > Budget || lookBack > AddressLookBackBudget)
            {
                return line;
            }
        }

        return null;
    }

    private static int NextInteresting(ReadOnlySpan<char> text, int at) =>
        text[(at + 1)..].IndexOfAny(Interesting) is var next and >= 0 ? at + 1 + next : -1;

    private static bool StartsAWord(ReadOnlySpan<char> text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    private static bool AfterAScheme(ReadOnlySpan<char> text, int at)
    {
        foreach (var scheme in Schemes)
        {
            if (text[..at].EndsWith(scheme) && (at == scheme.Length || !char.IsLetterOrDigit(text[at - scheme.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
