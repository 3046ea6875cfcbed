namespace Portal.Rendering;

/// <summary>
/// What rendering one page read, recorded so that a later build can tell which pages a change
/// touches: its source, the theme files of its layouts, the data files they read, the pages and files
/// its links point at, and whether its layouts list other pages (a new news item changes the home page).
/// </summary>
/// <param name="Source">The page's file inside <c>input/</c>; null for a generated page.</param>
/// <param name="Templates">Theme files, as <c>layouts/page.liquid</c> and <c>partials/nav.liquid</c>.</param>
/// <param name="Data">Top-level data keys the layouts read (<c>site</c>, <c>ita_results</c>).</param>
/// <param name="LinkedSources">Files inside <c>input/</c> its links point at (<c>ita/results.md</c>, <c>files/a.pdf</c>).</param>
public sealed record PageDependencies(
    string Url,
    string? Source,
    IReadOnlySet<string> Templates,
    IReadOnlySet<string> Data,
    IReadOnlySet<string> LinkedSources,
    bool ListsPages);
