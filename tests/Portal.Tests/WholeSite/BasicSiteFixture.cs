namespace Portal.Tests.WholeSite;

/// <summary>The <c>basic</c> fixture built once per test class (without drafts), shared by that class's tests.</summary>
public sealed class BasicSiteFixture : IDisposable
{
    public const string BaseUrl = "https://test.example.go.th";

    private readonly TempSite _site;

    public BasicSiteFixture()
    {
        _site = TempSite.Create("basic");
        Built = _site.Build();
        Assert.True(Built.Result.Succeeded, "the basic fixture must build:\n" + TempSite.Describe(Built.Result.Diagnostics));
    }

    public BuiltSite Built { get; }

    public string InputDirectory => _site.InputDirectory;

    public void Dispose() => _site.Dispose();

    /// <summary>Every published Markdown page of the fixture by URL (drafts are not published by default).</summary>
    public static readonly IReadOnlyList<string> PublishedUrls =
    [
        "/",
        "/about/",
        "/about/history/",
        "/about/structure/",
        "/ita/",
        "/ita/results/",
        "/news/",
        "/news/2022-12-05-tree-planting/",
        "/news/2023-02-15-council-meeting/",
    ];

    /// <summary>Pages the build makes itself with the real theme: the not-found page and the HTML sitemap.</summary>
    public static readonly IReadOnlyList<string> GeneratedPages = ["/404.html", "/sitemap/", "/news/archive/", "/news/archive/2566/"];

    public const string DraftUrl = "/about/draft-plan/";

    public static TheoryData<string> AllHtmlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var url in PublishedUrls)
        {
            data.Add(BuiltSite.OutputPathOf(url));
        }

        data.Add("404.html");
        return data;
    }
}
