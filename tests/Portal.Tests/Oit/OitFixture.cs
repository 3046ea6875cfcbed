using Portal.Tests.WholeSite;

namespace Portal.Tests.Oit;

/// <summary>
/// The OIT fixture (tests/Portal.Tests/Sites/oit), built once: catalogs for 2566 and 2567; in 2566 O1 is covered,
/// O2 stale (a 2565 page), O3 only claimed by a draft, O4 missing and unverified, O5 monthly with 2 of 12 months;
/// in 2567 O1 is covered. The newest content date is 2024-02-01.
/// </summary>
public sealed class OitFixture : IDisposable
{
    private readonly TempSite _site;

    public OitFixture() => (_site, Built) = Build("oit");

    public BuiltSite Built { get; }

    /// <summary>The one way these tests build a site, so it is easy to re-point at the build session.</summary>
    public static (TempSite Site, BuiltSite Built) Build(string fixture, Action<TempSite>? change = null)
    {
        var site = TempSite.Create(fixture);
        change?.Invoke(site);
        return (site, site.Build());
    }

    public void Dispose() => _site.Dispose();
}
