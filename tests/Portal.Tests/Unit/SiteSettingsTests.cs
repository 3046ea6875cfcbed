using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Site;

namespace Portal.Tests.Unit;

public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData("https://www.banbuengcity.go.th", true)]
    [InlineData("https://www.banbuengcity.go.th/", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://example.go.th/preview", true)]
    [InlineData("www.banbuengcity.go.th", false)]
    [InlineData("ftp://example.go.th", false)]
    [InlineData("https://example.go.th/?a=1", false)]
    [InlineData("", false)]
    public void Base_url_must_be_an_absolute_http_address(string url, bool valid) =>
        Assert.Equal(valid, SiteSettings.IsValidBaseUrl(url));

    [Fact]
    public void A_bad_base_url_in_site_yml_is_a_content_error_at_that_file()
    {
        var site = new DataFile("site", "input/_data/site.yml", new Dictionary<string, object?> { ["base_url"] = "www.banbuengcity.go.th" });
        var diagnostics = new DiagnosticBag();

        SiteModelBuilder.Build(new LoadedContent([], [site], []), PortalFeatures.Parts, null, includeDrafts: false, ["base", "page", "404"], diagnostics, Portal.Tests.WholeSite.TempSite.Today);

        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCode.InvalidValue, problem.Code);
        Assert.Equal("input/_data/site.yml", problem.Location.Path);
    }

    [Fact]
    public void The_command_line_base_url_wins_over_site_yml_and_loses_its_trailing_slash()
    {
        var site = new DataFile("site", "input/_data/site.yml", new Dictionary<string, object?> { ["base_url"] = "https://www.banbuengcity.go.th" });

        var model = SiteModelBuilder.Build(new LoadedContent([], [site], []), PortalFeatures.Parts, "https://preview.example/", includeDrafts: false, ["base", "page", "404"], new DiagnosticBag(), Portal.Tests.WholeSite.TempSite.Today);

        Assert.Equal("https://preview.example", model.Settings.BaseUrl);
    }
}
