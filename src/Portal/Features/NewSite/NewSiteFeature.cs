using Portal.Extensions;

namespace Portal.Features.NewSite;

/// <summary>A new site for any Thai public body: <c>portal init</c>. It adds nothing to a build.</summary>
public sealed class NewSiteFeature : IPortalFeature
{
    public void Setup(FeatureSetup setup) => setup
        .AddCommand<InitCommand>(InitCommand.Name, "สร้างเว็บไซต์ใหม่ของหน่วยงานในโฟลเดอร์ว่าง (write a new site for a public body into an empty folder)", examples:
            [[InitCommand.Name, "nongphai", "--name", "องค์การบริหารส่วนตำบลหนองไผ่", "--kind", "subdistrict", "--province", "เพชรบูรณ์", "--url", "https://www.nongphai.go.th"]]);
}
