using Portal.Site;

namespace Portal.Kinds;

/// <summary>
/// A kind of page (an ordinary page, a news item, a service manual…), declared in one file of its own:
/// its layout, its own front-matter fields beside the common ones, the keys it requires, and what it
/// adds to the <c>page</c> object templates see. A feature registers it (<see cref="Extensions.FeatureSetup.AddKind"/>).
/// </summary>
public abstract class PageKind
{
    /// <summary>The name staff write as <c>kind:</c> (in front matter or a folder's <c>_defaults.yml</c>).</summary>
    public abstract string Name { get; }

    /// <summary>How messages name the kind: "หน้าแบบ{ThaiName}".</summary>
    public abstract string ThaiName { get; }

    /// <summary>The layout a page of this kind uses when it names none.</summary>
    public virtual string Layout => Name;

    /// <summary>Front-matter keys only this kind reads.</summary>
    public virtual IReadOnlyList<FrontMatterField> Fields => [];

    /// <summary>Keys, common or the kind's own, that a page of this kind must have.</summary>
    public virtual IReadOnlyList<string> RequiredKeys => [];

    /// <summary>What the kind adds to the page's template object; by default each of its fields under its key.</summary>
    public virtual IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page) =>
        Fields.Select(f => KeyValuePair.Create(f.Key, page.FrontMatter.Fields.GetValueOrDefault(f.Key)));

    /// <summary>Data files (keys under <c>_data/</c>) a page of this kind shows because of its front matter, so a change to one re-renders it.</summary>
    public virtual IEnumerable<string> DataKeys(Page page) => [];

    /// <summary>The same, for a kind that shows the site's data (a published data table); by default <see cref="TemplateValues(Page)"/>.</summary>
    public virtual IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page, SiteModel site) => TemplateValues(page);
}
