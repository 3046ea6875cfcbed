using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Portal.Tests.WholeSite;

/// <summary>
/// What the content security policy and caching rely on: no inline script or style anywhere, every asset
/// fingerprinted and present, no request to another host; and Thai written as Thai, never as entities.
/// </summary>
public sealed partial class OutputHygieneTests(BasicSiteFixture basic) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => basic.Built;

    public static TheoryData<string> Pages() => BasicSiteFixture.AllHtmlFiles();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_inline_script(string file)
    {
        var scripts = Site.Html(file).QuerySelectorAll("script").ToList();
        Assert.All(scripts, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "a script without src is inline");
            Assert.True(string.IsNullOrWhiteSpace(s.TextContent), "a script element has inline code");
        });
        var handlers = Site.Html(file).All
            .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"));
        Assert.Empty(handlers);
        Assert.DoesNotContain(Site.Html(file).QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_style_element(string file) =>
        Assert.Empty(Site.Html(file).QuerySelectorAll("style"));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_has_no_style_attribute(string file)
    {
        var styled = Site.Html(file).QuerySelectorAll("[style]").Select(e => $"<{e.LocalName} style=\"{e.GetAttribute("style")}\">");
        Assert.Empty(styled);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_assets_are_fingerprinted_files_of_this_site(string file)
    {
        var page = Site.Html(file);
        var urls = page.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src], source[src]").Select(e => e.GetAttribute("src")!))
            .Where(u => !u.StartsWith('#'))
            .ToList();

        // No CDN, web font or analytics: every stylesheet, script and image comes from this site.
        var stylesheetsAndScripts = page.QuerySelectorAll("link[rel='stylesheet'], link[rel='icon'], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        Assert.All(stylesheetsAndScripts, u => Assert.StartsWith("/assets/", u));

        foreach (var url in urls.Where(u => u.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            var match = FingerprintedAsset().Match(url);
            Assert.True(match.Success, $"{url} is not fingerprinted as /assets/<name>.<10 hex>.<ext>");
            var path = url.TrimStart('/');
            Assert.True(Site.Exists(path), $"{url} does not exist in the output");
            Assert.Equal(match.Groups["hash"].Value, Convert.ToHexStringLower(SHA256.HashData(Site.Bytes(path)))[..10]);
        }

        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", page.QuerySelector("link[rel='stylesheet']:not([media='print'])")?.GetAttribute("href"));
    }

    [Fact]
    public void Output_assets_are_only_fingerprinted_files()
    {
        var assets = Site.Files().Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => a.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.Matches(FingerprintedAsset(), "/" + a));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_thai_is_written_as_thai_not_as_entities(string file)
    {
        var html = Site.Text(file);
        Assert.Matches(@"\p{IsThai}", html);
        AssertNoThaiCharacterReferences(html);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    public void Xml_files_have_no_thai_character_references(string file) => AssertNoThaiCharacterReferences(Site.Text(file));

    [Fact]
    public void Feed_writes_thai_titles_as_thai() =>
        Assert.Contains("<title>ประชุมสภาเทศบาลสมัยสามัญ</title>", Site.Text("feed.xml"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_is_utf_8_without_byte_order_mark(string file)
    {
        var bytes = Site.Bytes(file);
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "the page starts with a UTF-8 BOM");
        Assert.StartsWith("<!DOCTYPE html>", Site.Text(file), StringComparison.Ordinal);
    }

    private static void AssertNoThaiCharacterReferences(string text)
    {
        Assert.DoesNotMatch(@"&#[xX]0*[eE][0-7][0-9a-fA-F];", text);
        foreach (Match reference in DecimalReference().Matches(text))
        {
            var code = int.Parse(reference.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(code is >= 0x0E00 and <= 0x0E7F, $"Thai written as {reference.Value}");
        }
    }

    [GeneratedRegex(@"^/assets/(?<name>.+)\.(?<hash>[0-9a-f]{10})\.(?<ext>[a-z0-9]+)$")]
    private static partial Regex FingerprintedAsset();

    [GeneratedRegex(@"&#0*([0-9]+);")]
    private static partial Regex DecimalReference();
}
