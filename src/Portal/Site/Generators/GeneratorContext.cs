using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Site.Generators;

/// <summary>What a generator may look at: the settings, the content pages, the data files and the theme's layouts.</summary>
/// <param name="Pages">The published content pages, and the pages of generators registered earlier.</param>
/// <param name="Today">The day of the build in Asia/Bangkok (<see cref="BuildDate"/>).</param>
/// <param name="Drafts">Draft pages left out of this build, only for a generator that asks (<see cref="IPageGenerator.SeesDrafts"/>): it may count them as work under way, but has no page to link.</param>
public sealed record GeneratorContext(
    SiteSettings Settings,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<DataFile> Data,
    IReadOnlyCollection<string> Layouts,
    DiagnosticBag Diagnostics,
    DateOnly Today,
    IReadOnlyList<Page>? Drafts = null);
