using Portal.BrowserTests.Infrastructure;
using Portal.Serve;
using Portal.Testing;

namespace Portal.BrowserTests;

/// <summary>
/// The server the browser tests load pages from answers each path with the headers Netlify sends for it: the public
/// policy on pages, the web editor's own policy on /admin/, the sandbox on attachments. A test here sees the policy the
/// live site has, no stricter and no looser.
/// </summary>
public sealed class StaticSiteServerTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sitemap/")]
    [InlineData("/admin/")]
    [InlineData("/admin/config.yml")]
    [InlineData("/assets/no-such-file.css")]
    [InlineData("/files/no-such-file.txt")]
    public async Task Every_path_gets_the_headers_netlify_toml_gives_it(string path)
    {
        var expected = SecurityHeaders.Load(TestRepository.NetlifyToml).For(path);
        await using var server = await StaticSiteServer.StartAsync(TestSites.EveryLayout);
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(server.Address, path));

        Assert.NotEmpty(expected);
        Assert.All(expected, header => Assert.Equal(header.Value, Value(response, header.Key)));
    }

    [Fact]
    public async Task The_editor_and_the_attachments_have_their_own_policy_not_the_pages_one()
    {
        await using var server = await StaticSiteServer.StartAsync(TestSites.EveryLayout);
        using var client = new HttpClient();

        async Task<string> PolicyOf(string path)
        {
            using var response = await client.GetAsync(new Uri(server.Address, path));
            return Value(response, "Content-Security-Policy") ?? "";
        }

        var page = await PolicyOf("/");
        var editor = await PolicyOf("/admin/");
        var attachment = await PolicyOf("/files/no-such-file.pdf");

        Assert.DoesNotContain("unsafe-eval", page, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-eval'", editor, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; sandbox", attachment);
    }

    /// <summary>A header as sent, not as HttpClient parses it (it reorders Cache-Control's directives); null when absent.</summary>
    private static string? Value(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? values.ToString()
            : null;
}
