using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>The real site's complaint and contact pages show only what a source gives, and say the rest awaits confirmation.</summary>
public sealed class RealCitizenPagesTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => real.Built;

    [Fact]
    public void The_damrongtham_hotline_dials_and_the_municipal_online_channels_await_confirmation()
    {
        var page = Site.Page("/complaints/");
        var hotline = Assert.Single(page.QuerySelectorAll("a[href^='tel:']"));
        Assert.Equal("tel:1567", hotline.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("h2#corruption + ul a"), a => a.GetAttribute("href") == "https://www.nacc.go.th");
        var general = page.QuerySelectorAll("h2#general + ul > li");
        Assert.Equal(3, general.Length);
        Assert.All(general, channel => Assert.Equal("รอยืนยันจากเทศบาล", channel.QuerySelector(".app-unconfirmed")?.TextContent));
    }

    [Fact]
    public void The_contact_page_invents_nothing_and_each_missing_value_is_a_warning()
    {
        var values = Site.Page("/contact/").QuerySelectorAll(".app-summary__value");
        Assert.Equal(5, values.Length);
        Assert.All(values, v => Assert.Equal("รอยืนยันจากเทศบาล", v.TextContent.Trim()));
        var warnings = Site.Result.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Location.Path.EndsWith("site.yml", StringComparison.Ordinal)
            && d.Code == Portal.Diagnostics.DiagnosticCode.UnconfirmedValue);
        Assert.Equal(["contact.address", "contact.phone", "contact.email", "contact.hours", "contact.map_url"],
            warnings.Select(w => w.ThaiMessage[(w.ThaiMessage.LastIndexOf('(') + 1)..^1]));
        Assert.Contains(Site.Page("/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/contact/");
    }
}
