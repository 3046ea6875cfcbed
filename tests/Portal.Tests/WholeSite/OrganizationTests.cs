using Portal.Diagnostics;

namespace Portal.Tests.WholeSite;

/// <summary>
/// <c>organization:</c> in site.yml (issue 24, point 2): the theme ships for every kind of body, so it names the body with
/// <c>site.organization.word</c>; an unknown kind (PT102) or a missing word (PT103) is an error at its line.
/// </summary>
public sealed class OrganizationTests
{
    private const string Subdistrict = "organization:\n  kind: subdistrict\n  word: อบต.\n  province: ระยอง\n";

    [Fact]
    public void A_subdistrict_organizations_pages_call_it_by_its_word()
    {
        using var site = TempSite.Create("citizen");
        SetOrganization(site, Subdistrict);

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        var contact = built.Page("/contact/");
        Assert.Equal("ติดต่ออบต.", contact.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(built.Result.Diagnostics, d => d.Code == DiagnosticCode.UnconfirmedValue && d.ThaiMessage.StartsWith("อีเมลของอบต.ยังไม่มีแหล่งยืนยัน", StringComparison.Ordinal));
        Assert.Equal("หน่วยงานอื่นในพื้นที่ (ไม่ใช่สำนักงานอบต.)", contact.QuerySelector("h2#other-offices")!.TextContent);
        Assert.Equal("ข้อมูลสำนักงานอบต.ที่รอยืนยัน", contact.QuerySelector("h2#unconfirmed")!.TextContent);
        Assert.Equal("ข้อมูลที่รออบต.ยืนยัน", built.Page("/complaints/").QuerySelector("h2#unconfirmed")!.TextContent);
        Assert.Contains(built.Page("/services/resident-certificate/").QuerySelectorAll("a[href='/contact/']"), link => link.TextContent == "ติดต่ออบต.");
    }

    [Fact]
    public void A_site_yml_without_organization_reads_as_a_municipalitys_as_before()
    {
        using var site = TempSite.Create("citizen");

        var built = site.Build();

        Assert.True(built.Result.Succeeded, TempSite.Describe(built.Result.Diagnostics));
        Assert.Equal("หน่วยงานอื่นในพื้นที่ (ไม่ใช่สำนักงานเทศบาล)", built.Page("/contact/").QuerySelector("h2#other-offices")!.TextContent);
    }

    [Fact]
    public void An_unknown_kind_is_reported_at_its_line_with_the_kinds_there_are()
    {
        using var site = TempSite.Create("citizen");
        SetOrganization(site, "organization:\n  kind: municipallity\n  word: เทศบาล\n");

        var error = Assert.Single(site.Build().Result.Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCode.UnknownOrganizationKind, error.Code);
        Assert.Equal((site.Display("_data/site.yml"), 9, 9), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'municipality'?", error.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("subdistrict (อบต.)", error.ThaiMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organization:\n  kind: agency\n", 9, 3)]
    [InlineData("organization:\n  kind: agency\n  word:\n", 10, 8)]
    [InlineData("organization:\n  kind: agency\n  word: \"  \"\n", 10, 9)]
    public void A_missing_or_empty_word_is_reported_at_its_line(string organization, int line, int column)
    {
        using var site = TempSite.Create("citizen");
        SetOrganization(site, organization);

        var error = Assert.Single(site.Build().Result.Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCode.MissingOrganizationWord, error.Code);
        Assert.Equal((site.Display("_data/site.yml"), line, column), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("organization ต้องมี word", error.ThaiMessage, StringComparison.Ordinal);
    }

    /// <summary>Puts <paramref name="organization"/> after <c>locale:</c> (line 6 of the fixture's site.yml) and a blank line: <c>organization:</c> is line 8.</summary>
    private static void SetOrganization(TempSite site, string organization)
    {
        var siteYml = Path.Combine(site.InputDirectory, "_data", "site.yml");
        var text = File.ReadAllText(siteYml);
        Assert.Equal(6, text[..text.IndexOf("locale: th_TH\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
        File.WriteAllText(siteYml, text.Replace("locale: th_TH\n", "locale: th_TH\n\n" + organization, StringComparison.Ordinal));
    }
}
