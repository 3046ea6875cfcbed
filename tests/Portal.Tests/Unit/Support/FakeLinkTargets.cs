using Portal.Markdown;

namespace Portal.Tests.Unit.Support;

/// <summary>
/// A small site for link tests: the pages, published URLs and files listed in
/// <c>Specs/links.md</c>. Pages are keyed by their path under input/, as <see cref="ILinkTargets"/> expects.
/// </summary>
internal sealed class FakeLinkTargets : ILinkTargets
{
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.md"] = "/",
        ["ita/index.md"] = "/ita/",
        ["ita/page.md"] = "/ita/page/",
        ["ita/results.md"] = "/ita/results/",
        ["about/history.md"] = "/about/history/",
        ["services/คู่มือ-ขออนุญาต.md"] = "/services/คู่มือ-ขออนุญาต/",
    };

    public static readonly IReadOnlySet<string> OtherPublishedUrls = new HashSet<string>(StringComparer.Ordinal) { "/feed.xml" };

    public static readonly IReadOnlySet<string> Files = new HashSet<string>(StringComparer.Ordinal)
    {
        "files/report.pdf",
        "files/ita/รายงาน 2566.pdf",
        "files/chart.png",
    };

    public static readonly IReadOnlySet<string> Drafts = new HashSet<string>(StringComparer.Ordinal) { "ita/draft.md" };

    public string? UrlOfSource(string relativePath) => Pages.GetValueOrDefault(relativePath);

    public bool IsUnpublishedDraft(string relativePath) => Drafts.Contains(relativePath);

    public bool IsPublishedUrl(string url) => Pages.Values.Contains(url) || OtherPublishedUrls.Contains(url);

    public bool HasFile(string relativePath) => Files.Contains(relativePath);
}
