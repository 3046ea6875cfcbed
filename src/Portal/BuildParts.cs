using Portal.Features.Citizen;
using Portal.Features.Editor;
using Portal.Features.Oit;
using Portal.Features.Search;
using Portal.Features.StableUrls;
using Portal.Kinds;
using Portal.Output;
using Portal.Site.Generators;

namespace Portal;

/// <summary>
/// The registered parts of a build: page kinds, generators (pages added at the model stage) and
/// outputs (files made from the rendered site). Adding a part is one new file and one line here,
/// or, for a part that lives outside the library (a test, a plug-in), one call of <see cref="With"/>.
/// </summary>
public sealed class BuildParts(IReadOnlyList<PageKind> kindList, IReadOnlyList<IPageGenerator> generators, IReadOnlyList<ISiteOutput> outputs)
{
    /// <summary>The parts the Ban Bueng site is built with.</summary>
    public static readonly BuildParts BuiltIn = new(
        kindList:
        [
            ContentPageKind.Instance,
            new NewsKind(),
            new ServiceKind(),
            new DataTableKind(),
        ],
        generators:
        [
            new NotFoundPageGenerator(),
            new HtmlSitemapGenerator(),
            new OitGenerator(),
            new ContactPageGenerator(),
            new NewsArchiveGenerator(),
        ],
        outputs:
        [
            new SitemapXmlOutput(),
            new AtomFeedOutput(),
            new RobotsOutput(),
            new SearchOutput(),
            new OitCoverageOutput(),
            new StableUrlsOutput(),
            new DataDownloadsOutput(),
            new CmsOutput(),
        ]);

    public PageKindRegistry Kinds { get; } = new(kindList);

    /// <summary>Run in this order; a later generator sees the pages of the earlier ones.</summary>
    public IReadOnlyList<IPageGenerator> Generators { get; } = generators;

    public IReadOnlyList<ISiteOutput> Outputs { get; } = outputs;

    /// <summary>These parts and some more, registered after the built-in ones.</summary>
    public BuildParts With(IEnumerable<PageKind>? kinds = null, IEnumerable<IPageGenerator>? generators = null, IEnumerable<ISiteOutput>? outputs = null) =>
        new([.. Kinds.All, .. kinds ?? []], [.. Generators, .. generators ?? []], [.. Outputs, .. outputs ?? []]);
}
