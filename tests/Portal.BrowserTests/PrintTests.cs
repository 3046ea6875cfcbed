using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using UglyToad.PdfPig;

namespace Portal.BrowserTests;

/// <summary>The pages people print: a PDF made by chromium shows every link's full address and no table header alone at a page's foot.</summary>
public sealed class PrintTests(BrowserSites sites) : IClassFixture<BrowserSites>
{
    private const string BaseUrl = "https://www.banbuengcity.go.th";

    private static readonly string[] PrintedPages = ["/ita/results/", "/ita/measures-2566/"];

    [BrowserFact]
    public async Task Printed_links_show_their_full_address()
    {
        foreach (var url in PrintedPages)
        {
            var (page, pages) = await PrintAsync(url);
            var text = Squeeze(string.Concat(pages));
            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a[href^=\"/\"]')].map(a => a.getAttribute('href'))");
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.True(text.Contains(Squeeze(BaseUrl + href), StringComparison.Ordinal),
                $"{url}: the PDF does not show {BaseUrl + href}; its text: {text}"));
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task No_printed_page_ends_with_a_table_header_and_no_row()
    {
        var (page, pages) = await PrintAsync("/ita/measures-2566/");
        var header = Squeeze(await page.EvaluateAsync<string>("() => document.querySelector('.app-table--measures thead').innerText"));
        var firstCell = Squeeze(await page.EvaluateAsync<string>("() => document.querySelector('.app-table--measures td[data-label]').innerText"));
        await page.Context.CloseAsync();

        var pagesWithHeader = pages.Select((text, index) => (Text: Squeeze(text), Number: index + 1)).Where(p => p.Text.Contains(header, StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithHeader.Count > 0, $"no PDF page shows the header {header}: {string.Join(" | ", pages.Select(Squeeze))}");
        Assert.Contains(pagesWithHeader, p => p.Text.Contains(firstCell, StringComparison.Ordinal));
        Assert.All(pagesWithHeader, p =>
        {
            var afterHeader = p.Text[(p.Text.LastIndexOf(header, StringComparison.Ordinal) + header.Length)..];
            Assert.True(afterHeader.Contains("รอบ", StringComparison.Ordinal),
                $"page {p.Number} of the PDF holds the measures table's header with no row of data after it: {afterHeader}");
        });
    }

    /// <summary>Opens a page of the real site, prints it to PDF (A4, print styles) and returns the text of each PDF page.</summary>
    private async Task<(IPage Page, IReadOnlyList<string> Pages)> PrintAsync(string url)
    {
        var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Real.Absolute(url));
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });
        using var document = PdfDocument.Open(pdf);
        return (page, [.. document.GetPages().Select(p => p.Text)]);
    }

    /// <summary>
    /// Text without white space (PDF text breaks lines, and long addresses, wherever the layout did) and without
    /// Thai vowel and tone marks above or below the line, which the PDF's text layer may drop or reorder; NFKC
    /// undoes the font's ligatures ("ﬁ"); the Thai fonts also write some marks as private-use glyphs.
    /// </summary>
    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.PrivateUse)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
