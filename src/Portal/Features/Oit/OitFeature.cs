using Fluid.Values;
using Portal.Extensions;

namespace Portal.Features.Oit;

/// <summary>
/// The OIT evidence of the ITA assessment: <c>oit:</c> claims on pages and attachments, the catalogs' pages under
/// <c>/ita/</c>, the coverage reports, the theme's <c>oit_years</c> filter, and <c>portal coverage</c> and
/// <c>portal new catalog</c>.
/// </summary>
public sealed class OitFeature : IPortalFeature
{
    public void Setup(FeatureSetup setup) => setup
        .AddFrontMatterKey(OitClaims.FrontMatterKey)
        .AddPageValues(new OitClaimValues())
        .AddGenerator(new OitGenerator())
        .AddOutput(new OitCoverageOutput())
        .AddFilter(OitTemplateFilters.YearsFilter, (input, _, _) => ValueTask.FromResult<FluidValue>(OitTemplateFilters.Years(input)))
        .AddCommand<CoverageCommand>(CoverageCommand.Name, "รายงานความครบถ้วนของรายการ OIT ของปีหนึ่ง (report one year's OIT coverage)", examples:
            [[CoverageCommand.Name, "--year", "2566", "--format", "csv", "--fail-on", "missing,stale"]])
        .AddCommand<CatalogNewCommand>(CatalogNewCommand.Name, "สร้างรายการ OIT ปีใหม่จากปีล่าสุด ทุกรายการยังไม่ยืนยัน (a new year's OIT catalog from the latest, all unverified)",
            under: "new", examples: [["new", CatalogNewCommand.Name, "2570", "--from", "2569"]]);
}
