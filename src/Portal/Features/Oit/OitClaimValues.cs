using Fluid.Values;
using Portal.Content;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Features.Oit;

/// <summary><c>page.oit_claims</c> and each attachment's <c>oit_claims</c>: the badges "OIT 2566 · O42", each linking to the item's page.</summary>
internal sealed class OitClaimValues : IPageTemplateValues
{
    public const string Key = "oit_claims";

    public IEnumerable<(string Key, FluidValue Value)> Page(Page page) => [(Key, Badges(OitClaims.Of(page.FrontMatter)))];

    public IEnumerable<(string Key, FluidValue Value)> Attachment(AttachmentReference attachment) => [(Key, Badges(OitClaims.Of(attachment)))];

    private static FluidValue Badges(IReadOnlyList<OitClaim> claims) =>
        LiquidValues.List(claims.DistinctBy(c => c.Text), c => LiquidValues.Map([("title", LiquidValues.Text(c.Label)), ("url", LiquidValues.Text(c.ItemUrl))]));
}
