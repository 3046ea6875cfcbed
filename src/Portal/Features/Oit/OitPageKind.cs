using Portal.Kinds;
using Portal.Site;

namespace Portal.Features.Oit;

/// <summary>
/// The kinds of the generated OIT pages. They are not registered, so staff cannot write <c>kind: oit-item</c>;
/// a generated page carries its year's coverage (<see cref="OitPageData"/>), and templates see it as <c>page.oit</c>
/// (and, on an item page, <c>page.oit_item</c> and, where the next year's catalog has the same topic, <c>page.oit_next</c>;
/// on <c>/ita/history/</c>, <c>page.oit_history</c>).
/// </summary>
internal sealed class OitPageKind : PageKind
{
    public const string CoverageField = "oit";
    public const string ItemField = "oit_item";
    public const string HistoryField = "oit_history";
    public const string NextYearField = "oit_next";

    public static readonly OitPageKind Year = new("oit-year", "รายการ OIT ประจำปี");
    public static readonly OitPageKind Item = new("oit-item", "รายการ OIT");
    public static readonly OitPageKind Coverage = new("oit-coverage", "รายงานความครบถ้วนของ OIT");
    public static readonly OitPageKind History = new("oit-history", "ความครบถ้วนของ OIT รายปี");

    private OitPageKind(string name, string thaiName)
    {
        Name = name;
        ThaiName = thaiName;
    }

    public override string Name { get; }

    public override string ThaiName { get; }

    public override IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page)
    {
        var data = page.FrontMatter.Extensions.Get<OitPageData>() ?? new OitPageData();
        if (data.Year is { } year)
        {
            yield return KeyValuePair.Create<string, object?>(CoverageField, OitTemplateValues.Year(year));
        }

        if (data.Item is { } item)
        {
            yield return KeyValuePair.Create<string, object?>(ItemField, OitTemplateValues.Item(item));
        }

        if (data.NextYear is { } next)
        {
            yield return KeyValuePair.Create<string, object?>(NextYearField, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["year"] = next.Year,
                ["code"] = next.Item.Code,
                ["title"] = next.Item.Title,
                ["url"] = next.Url,
            });
        }

        if (data.History is { } years)
        {
            yield return KeyValuePair.Create<string, object?>(HistoryField, OitTemplateValues.History(years));
        }
    }
}
