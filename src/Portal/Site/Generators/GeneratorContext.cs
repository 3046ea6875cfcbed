using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Site.Generators;

/// <summary>What a generator may look at: the settings, the content pages, the data files and the theme's layouts.</summary>
/// <param name="Pages">The published content pages, and the pages of generators registered earlier.</param>
/// <param name="Today">The day of the build in Asia/Bangkok (<see cref="BuildDate"/>).</param>
/// <param name="UnpublishedDrafts">Draft pages left out of this build (their claims still count as drafts in the OIT coverage).</param>
public sealed record GeneratorContext(
    SiteSettings Settings,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<DataFile> Data,
    IReadOnlyCollection<string> Layouts,
    DiagnosticBag Diagnostics,
    DateOnly Today,
    IReadOnlyList<Page>? UnpublishedDrafts = null);
