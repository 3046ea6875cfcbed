using System.Diagnostics;
using System.Text.Json;
using Portal.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.BrowserTests;

/// <summary>What every built page must keep to in a browser's checkers: valid HTML and no third-party request.</summary>
public sealed class BudgetTests(BrowserSites sites, ITestOutputHelper output) : IClassFixture<BrowserSites>
{
    [HtmlCheckerFact]
    public async Task Every_page_is_valid_html_by_the_nu_html_checker()
    {
        RequiredTool.EnsureExists(HtmlCheckerFactAttribute.Java, HtmlCheckerFactAttribute.JavaInstall);
        RequiredTool.EnsureExists(HtmlCheckerFactAttribute.VnuJar, HtmlCheckerFactAttribute.VnuInstall);
        var start = new ProcessStartInfo(HtmlCheckerFactAttribute.Java)
        {
            ArgumentList = { "-jar", HtmlCheckerFactAttribute.VnuJar, "--format", "json", "--skip-non-html", sites.Real.Directory, sites.Fixture.Directory },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var checker = Process.Start(start)!;
        var report = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();

        // Errors and warnings fail; plain information (a trailing slash on a void element) does not.
        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info" || (m.TryGetProperty("subType", out var subType) && subType.GetString() == "warning"))
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("type").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"Nu Html Checker: {sites.Real.PageUrls.Count + sites.Fixture.PageUrls.Count} pages checked, {messages.Count} messages");
        Assert.True(messages.Count == 0, string.Join(Environment.NewLine, messages));
    }

    [BrowserFact]
    public async Task No_page_makes_a_request_to_another_origin()
    {
        var foreign = await sites.CheckSamplePagesAsync(() => sites.NewContextAsync(), async (stream, site, url) =>
        {
            // A page of its own for each visit: a late request of the stream's previous page (of the other site) must not
            // count as this page's.
            var page = await stream.Context.NewPageAsync();
            var origin = site.Address.GetLeftPart(UriPartial.Authority);
            var requests = new List<string>();
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    lock (requests)
                    {
                        requests.Add(request.Url);
                    }
                }
            };

            await page.GotoAsync(site.Absolute(url), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            await page.CloseAsync();
            lock (requests)
            {
                return requests.ToList();
            }
        });

        Assert.True(foreign.Count == 0, string.Join(Environment.NewLine, foreign));
    }
}
