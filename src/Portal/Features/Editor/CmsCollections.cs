using Portal.Content;
using Portal.Kinds;
using Portal.Site;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Editor;

/// <summary>
/// Decap's collections, one per place a page can be written: a folder collection for each section of <c>input/</c>
/// (a top-level folder with pages of its own or a <c>_defaults.yml</c>: news, services, ITA documents, policies…), with
/// the form of the kind its folder defaults give; one for each registered kind no section has (a data table), whose
/// pages go at the top of <c>input/</c> with <c>kind:</c> written out; and one of single pages (the home page and each
/// section's own <c>index.md</c>), each with the form of its kind; the section's folder collection does not list that
/// file (portal-cms.js, as Decap's <c>filter</c> cannot). Everything is in path order, so the same site gives the same
/// configuration.
/// </summary>
/// <param name="inputFolder">The input folder from the repository root (<c>input</c>), which Decap's paths start with.</param>
internal sealed class CmsCollections(SiteModel site, PageKindRegistry kinds, IReadOnlyDictionary<string, FolderDefaults> defaults, CmsFields fields, string inputFolder)
{
    public const string SinglePagesName = "pages";
    private const string SectionPage = "index.md";

    /// <summary>A folder of <c>input/</c> whose pages share one kind.</summary>
    /// <param name="KindWritten">The folder's defaults do not give the kind, so a new page says <c>kind:</c> itself.</param>
    public sealed record Section(string Folder, string Label, PageKind Kind, bool KindWritten);

    public IReadOnlyList<Section> Sections()
    {
        var folders = ContentPaths().Where(p => p.Contains('/', StringComparison.Ordinal))
            .Where(p => Path.GetFileName(p) != SectionPage && p.Count(c => c == '/') == 1)
            .Select(p => p[..p.IndexOf('/', StringComparison.Ordinal)])
            .Concat(defaults.Keys.Where(f => f.Length > 0 && !f.Contains('/', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. folders.Select(f =>
        {
            var (kind, fromDefaults) = KindOf(f);
            var label = site.PageFromSource($"{f}/{SectionPage}")?.Title is { Length: > 0 } title ? title : f;
            return new Section(f, label, kind, !fromDefaults && kind != kinds.Default);
        })];
    }

    public IEnumerable<YamlMappingNode> All()
    {
        var sections = Sections();
        foreach (var section in sections)
        {
            yield return Folder(section.Folder, section.Label, $"{inputFolder}/{section.Folder}", section.Kind, section.KindWritten, filterByKind: false);
        }

        foreach (var kind in kinds.All.Where(k => sections.All(s => s.Kind != k)))
        {
            yield return Folder($"kind-{kind.Name}", $"หน้าแบบ{kind.ThaiName}", inputFolder, kind, kindWritten: true, filterByKind: true);
        }

        yield return SinglePages(sections);
    }

    /// <summary>
    /// The kind a new page in the folder gets: the nearest <c>kind:</c> of its folder defaults; else the kind every page
    /// there already has (news items that say <c>layout: news</c>); else the default kind.
    /// </summary>
    private (PageKind Kind, bool FromDefaults) KindOf(string folder)
    {
        var byDefaults = FolderDefaults.For($"{folder}/new.md", defaults).Reverse()
            .Select(d => d.Mapping.Children.TryGetValue(new YamlScalarNode(FrontMatterKeys.Kind), out var name) ? (name as YamlScalarNode)?.Value : null)
            .OfType<string>().Select(kinds.Find).FirstOrDefault();
        var pageKinds = site.Pages.Where(p => p.FromContent && p.Source?.RelativePath is { } path && Path.GetFileName(path) != SectionPage
                && Path.GetDirectoryName(path)?.Replace('\\', '/') == folder)
            .Select(p => p.Kind).Distinct().ToList();
        return byDefaults is not null ? (byDefaults, true) : (pageKinds.Count == 1 ? pageKinds[0] : kinds.Default, false);
    }

    private IEnumerable<string> ContentPaths() =>
        site.Pages.Where(p => p.FromContent && p.Source is not null).Select(p => p.Source!.RelativePath).Order(StringComparer.Ordinal);

    private YamlMappingNode Folder(string name, string label, string folder, PageKind kind, bool kindWritten, bool filterByKind)
    {
        var collection = CmsYaml.Map(("name", name), ("label", label), ("label_singular", label), ("folder", folder), ("create", "true"),
            ("extension", "md"), ("format", "frontmatter"),
            ("slug", (kind.RequiredKeys.Contains(FrontMatterKeys.Date) ? $"{{{{fields.{FrontMatterKeys.Date}}}}}-" : "") + $"{{{{fields.{FrontMatterKeys.Slug}}}}}"));
        // The file is named from the slug field, not the Thai title: a Thai name is a URL hundreds of characters long once encoded.
        // The date is the field's own text (YYYY-MM-DD): Decap's {{year}} reads only its own date widget, else today.
        var form = fields.For(kind).ToList();
        form.Insert(1, CmsFields.Slug(DefaultSlug(filterByKind ? kind.Name : name)));
        if (filterByKind)
        {
            // Pages at the top of input/ take no folder's kind, so the collection lists only those that name its kind.
            collection.Add("filter", CmsYaml.Map(("field", FrontMatterKeys.Kind), ("value", kind.Name)));
        }

        if (kindWritten)
        {
            form.Insert(0, CmsYaml.Map(("name", FrontMatterKeys.Kind), ("label", "ชนิดของหน้า"), ("widget", "hidden"), ("default", kind.Name)));
        }

        collection.Add("fields", new YamlSequenceNode(form));
        return collection;
    }

    /// <summary>A new page's file name until staff write a better one: its folder's or kind's name in ASCII (news, data-table), else "page".</summary>
    private static string DefaultSlug(string collection)
    {
        var ascii = new string([.. collection.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return PageSlug.IsValid(ascii) ? ascii : "page";
    }

    private YamlMappingNode SinglePages(IReadOnlyList<Section> sections)
    {
        var inSection = sections.Select(s => s.Folder + "/").ToList();
        var files = site.Pages.Where(p => p.FromContent && p.Source is not null)
            .Where(p => Path.GetFileName(p.Source!.RelativePath) == SectionPage || !inSection.Any(f => p.Source.RelativePath.StartsWith(f, StringComparison.Ordinal)))
            .OrderBy(p => p.Source!.RelativePath, StringComparer.Ordinal)
            .Select(p =>
            {
                var path = p.Source!.RelativePath;
                var file = CmsYaml.Map(("name", path[..^3].Replace('/', '-')), ("label", $"{p.Title} ({p.Url})"), ("file", $"{inputFolder}/{path}"));
                file.Add("fields", new YamlSequenceNode(fields.For(p.Kind)));
                return file;
            });
        var collection = CmsYaml.Map(("name", SinglePagesName), ("label", "หน้าเดี่ยว (หน้าแรกและหน้าหลักของแต่ละหมวด)"), ("format", "frontmatter"));
        collection.Add("files", new YamlSequenceNode(files));
        return collection;
    }
}
