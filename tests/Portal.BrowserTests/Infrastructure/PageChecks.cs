using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Checks that run inside a loaded page and return what is wrong, one line per problem (empty when all is well).</summary>
internal static class PageChecks
{
    /// <summary>The axe-core release that Deque.AxeCore.Commons bundles.</summary>
    private static readonly Lazy<string> Axe = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// axe.run over the whole document, as axe's own browser extension runs it: its page-level rules (a title, a
    /// language) apply because the context is the document. Only violations are collected: the passes of a long page
    /// are thousands of nodes nobody reads.
    /// </summary>
    private const string RunWcagAa = """
        () => axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        }).then(result => result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.html}`)))
        """;

    /// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules (tags wcag2a to wcag22aa) on the loaded page: one line per node that breaks one.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Axe.Value);
        return await page.EvaluateAsync<string[]>(RunWcagAa);
    }

    /// <summary>
    /// Nothing of the page is out of reach: the page does not scroll sideways, every table cell and caption lies
    /// inside the viewport and inside the box of any element that clips it, no cell's text spills out of the cell,
    /// and every text of a chart lies inside the chart's own box.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HiddenContentAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              const slack = 0.5;
              const name = el => {
                const text = (el.textContent || '').trim().replace(/\s+/g, ' ');
                return `<${el.tagName.toLowerCase()}${el.className && el.className.baseVal === undefined && el.className ? ' class="' + el.className + '"' : ''}> "${text.slice(0, 40)}"`;
              };
              const doc = document.documentElement;
              const width = doc.clientWidth;
              if (doc.scrollWidth > width) {
                problems.push(`the page scrolls sideways: ${doc.scrollWidth}px of content in ${width}px`);
              }
              const clippers = el => {
                const boxes = [];
                for (let p = el.parentElement; p; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') boxes.push(p);
                }
                return boxes;
              };
              const visuallyHidden = el => {
                for (let p = el; p; p = p.parentElement) {
                  if (getComputedStyle(p).clipPath !== 'none') return true;
                }
                return false;
              };
              for (const cell of document.querySelectorAll('th, td, caption')) {
                const box = cell.getBoundingClientRect();
                if ((box.width === 0 && box.height === 0) || visuallyHidden(cell)) continue;
                if (box.left < -slack || box.right > width + slack) {
                  problems.push(`${name(cell)} lies at ${Math.round(box.left)}..${Math.round(box.right)}px, outside the ${width}px viewport`);
                  continue;
                }
                for (const clip of clippers(cell)) {
                  const c = clip.getBoundingClientRect();
                  if (box.left < c.left - slack || box.right > c.right + slack) {
                    problems.push(`${name(cell)} is cut off by its scrolling container (${Math.round(box.left)}..${Math.round(box.right)}px in ${Math.round(c.left)}..${Math.round(c.right)}px)`);
                    break;
                  }
                }
                if (cell.scrollWidth > cell.clientWidth + 1) {
                  problems.push(`${name(cell)} has text wider than the cell (${cell.scrollWidth}px in ${cell.clientWidth}px)`);
                }
              }
              for (const chart of document.querySelectorAll('svg')) {
                const c = chart.getBoundingClientRect();
                if (c.right > width + slack) {
                  problems.push(`a chart is wider than the viewport (${Math.round(c.right)}px in ${width}px)`);
                }
                for (const text of chart.querySelectorAll('text')) {
                  const t = text.getBoundingClientRect();
                  if (t.left < c.left - slack || t.right > c.right + slack || t.top < c.top - slack || t.bottom > c.bottom + slack) {
                    problems.push(`chart text "${text.textContent}" at ${Math.round(t.left)}..${Math.round(t.right)} x ${Math.round(t.top)}..${Math.round(t.bottom)} lies outside the chart's box ${Math.round(c.left)}..${Math.round(c.right)} x ${Math.round(c.top)}..${Math.round(c.bottom)}`);
                  }
                }
              }
              return problems;
            }
            """);
}
