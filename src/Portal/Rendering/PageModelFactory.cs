using Fluid.Values;
using Portal.Markdown;
using Portal.Site;
using Portal.Thai;

namespace Portal.Rendering;

/// <summary>
/// Builds the template variables (docs/theme.md): <c>site</c> and <c>data</c> once for the whole
/// build, <c>page</c> for each page.
/// </summary>
internal sealed class PageModelFactory
{
    private readonly SiteModel _site;
    private readonly SiteNavigation _navigation;
    private readonly IReadOnlyList<IPageTemplateValues> _featureValues;

    /// <param name="featureValues">What features add to each page and attachment (<c>page.oit_claims</c>).</param>
    /// <param name="preview">Shown to templates as <c>site.preview</c>.</param>
    public PageModelFactory(SiteModel site, SiteNavigation navigation, IReadOnlyList<IPageTemplateValues> featureValues, bool preview = false)
    {
        _site = site;
        _navigation = navigation;
        _featureValues = featureValues;
        Data = LiquidValues.Map(DataTree(site));
        Site = SiteValue(site, navigation, preview);
    }

    public FluidValue Site { get; }

    public FluidValue Data { get; }

    public FluidValue Page(Page page, RenderedMarkdown? body)
    {
        var front = page.FrontMatter;
        return LiquidValues.Map(page.Kind.TemplateValues(page, _site).Select(kv => (kv.Key, LiquidValues.From(kv.Value)))
            .Prepend(("kind", LiquidValues.Text(page.Kind.Name))).Concat(
        [
            ("title", LiquidValues.Text(page.Title)),
            ("description", LiquidValues.Text(front.Description)),
            ("url", LiquidValues.Text(PageUrls.EscapePath(page.Url))),
            ("canonical_url", LiquidValues.Text(PageUrls.Absolute(_site.Settings.BaseUrl, page.Url))),
            ("content", LiquidValues.Html(body?.Html ?? "")),
            ("layout", LiquidValues.Text(page.Layout)),
            ("date", Date(front.Date)),
            ("updated", Date(front.Updated)),
            ("published", Date(page.Dates.Published)),
            ("last_updated", Date(page.Dates.Modified)),
            ("fiscal_year", front.FiscalYear is { } year ? NumberValue.Create(year.BuddhistYear) : NilValue.Instance),
            ("tags", LiquidValues.List(front.Tags, LiquidValues.Text)),
            .. _featureValues.SelectMany(v => v.Page(page)),
            ("breadcrumbs", LiquidValues.List(_navigation.Breadcrumbs(page), p => Link(p.Title, PageUrls.EscapePath(p.Url)))),
            ("attachments", LiquidValues.List(front.Attachments, a =>
            {
                var path = SiteValidator.AttachmentPath(a) ?? a.File;
                var file = _site.FileAt(path);
                return LiquidValues.Map(
                [
                    ("title", LiquidValues.Text(a.Title)),
                    ("url", LiquidValues.Text(PageUrls.EscapePath("/" + path))),
                    ("file", LiquidValues.Text(Path.GetFileName(path))),
                    ("bytes", NumberValue.Create(file?.Length ?? 0)),
                    .. _featureValues.SelectMany(v => v.Attachment(a)),
                ]);
            })),
            ("toc", LiquidValues.List(body?.Toc ?? [], t => LiquidValues.Map(
            [
                ("id", LiquidValues.Text(t.Id)),
                ("href", LiquidValues.Text("#" + PageUrls.EscapeFragment(t.Id))),
                ("title", LiquidValues.Text(t.Title)),
                ("level", NumberValue.Create(t.Level)),
            ]))),
            ("children", LiquidValues.List(_navigation.Children(page), Summary)),
        ]));
    }

    private static IEnumerable<(string, FluidValue)> KindValues(Page page) =>
        page.Kind.TemplateValues(page).Select(kv => (kv.Key, LiquidValues.From(kv.Value)));

    private static FluidValue Date(DateOnly? date) => date is { } d ? new StringValue(ThaiDate.ToIso(d)) : NilValue.Instance;

    private static FluidValue Link(string title, string url) =>
        LiquidValues.Map([("title", LiquidValues.Text(title)), ("url", LiquidValues.Text(url))]);

    /// <summary>A page in a list: the common values and its kind's own (a service manual's <c>unit</c>, to group by).</summary>
    private static FluidValue Summary(Page page) => LiquidValues.Map(KindValues(page).Concat(
    [
        ("title", LiquidValues.Text(page.Title)),
        ("url", LiquidValues.Text(PageUrls.EscapePath(page.Url))),
        ("description", LiquidValues.Text(page.FrontMatter.Description)),
        ("date", Date(page.FrontMatter.Date)),
        ("layout", LiquidValues.Text(page.Layout)),
        ("kind", LiquidValues.Text(page.Kind.Name)),
        ("tags", LiquidValues.List(page.FrontMatter.Tags, LiquidValues.Text)),
    ]));

    private static DictionaryValue SiteValue(SiteModel site, SiteNavigation navigation, bool preview)
    {
        var settings = site.Data.FirstOrDefault(d => d.Key == SiteSettings.DataKey)?.Value as IReadOnlyDictionary<string, object?>;
        var members = (settings ?? new Dictionary<string, object?>())
            .Where(kv => kv.Key is not ("base_url" or "pages" or "preview" or "today" or "fiscal_year"))
            .ToDictionary(kv => kv.Key, kv => new Lazy<FluidValue>(LiquidValues.From(kv.Value)), StringComparer.Ordinal);
        members["base_url"] = new(LiquidValues.Text(site.Settings.BaseUrl));
        var organization = site.Settings.Organization;
        members[Organization.Key] = new(LiquidValues.From(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = organization.Kind,
            ["word"] = organization.Word,
            ["province"] = organization.Province,
        }));

        // Every page's summary: made only when a layout lists pages, not for each build of a preview that renders a few pages which do not.
        // The indexes share the summaries and keep site.pages' order, so a layout finds a page or a group without scanning every page.
        var pages = new Lazy<IReadOnlyList<(Page Page, FluidValue Value)>>(() => [.. navigation.NewestFirst().Select(p => (p, Summary(p)))]);
        members["pages"] = new(() => new ArrayValue([.. pages.Value.Select(p => p.Value)]));
        members["pages_by_url"] = new(() => PagesByUrl(pages.Value));
        members["pages_below"] = new(() => Groups(pages.Value, p => Folders(PageUrls.EscapePath(p.Url))));
        members["pages_of_kind"] = new(() => Groups(pages.Value, p => [p.Kind.Name]));
        members["preview"] = new(BooleanValue.Create(preview));
        members["today"] = new(LiquidValues.From(site.Today));
        members["fiscal_year"] = new(NumberValue.Create(Thai.FiscalYear.Containing(site.Today).BuddhistYear));
        return new DictionaryValue(new LazyFluidIndexable(members));
    }

    /// <summary><c>site.pages_by_url["/complaints/"]</c>: the page at a URL (as <c>page.url</c> writes it), or nil.</summary>
    private static DictionaryValue PagesByUrl(IReadOnlyList<(Page Page, FluidValue Value)> pages)
    {
        var byUrl = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (page, value) in pages)
        {
            byUrl.TryAdd(PageUrls.EscapePath(page.Url), value);
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(byUrl));
    }

    /// <summary>The pages under each key, in the order of <c>site.pages</c>; a key no page has reads as nil.</summary>
    private static DictionaryValue Groups(IReadOnlyList<(Page Page, FluidValue Value)> pages, Func<Page, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<FluidValue>>(StringComparer.Ordinal);
        foreach (var (page, value) in pages)
        {
            foreach (var key in keys(page))
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add(value);
            }
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            groups.ToDictionary(g => g.Key, g => (FluidValue)new ArrayValue(g.Value), StringComparer.Ordinal)));
    }

    /// <summary><c>site.pages_below["/ita/"]</c> holds every page whose URL starts with <c>/ita/</c>, other than <c>/ita/</c> itself.</summary>
    private static IEnumerable<string> Folders(string url)
    {
        for (var slash = url.IndexOf('/'); slash >= 0 && slash < url.Length - 1; slash = url.IndexOf('/', slash + 1))
        {
            yield return url[..(slash + 1)];
        }
    }

    /// <summary><c>_data/oit/2566.yml</c> becomes <c>data.oit["2566"]</c>: folders are nested objects.</summary>
    private static IEnumerable<(string, FluidValue)> DataTree(SiteModel site)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in site.Data)
        {
            var segments = file.Key.Split('/');
            var folder = root;
            foreach (var segment in segments[..^1])
            {
                if (folder.GetValueOrDefault(segment) is not Dictionary<string, object?> next)
                {
                    next = new Dictionary<string, object?>(StringComparer.Ordinal);
                    folder[segment] = next;
                }

                folder = next;
            }

            folder[segments[^1]] = file.Value;
        }

        return root.Select(kv => (kv.Key, LiquidValues.From(kv.Value)));
    }
}
