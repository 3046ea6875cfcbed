namespace Portal.Content;

/// <summary>What the load stage read from <c>input/</c>: pages with their front matter, data files and static files.</summary>
public sealed record LoadedContent(
    IReadOnlyList<PageSource> Pages,
    IReadOnlyList<DataFile> Data,
    IReadOnlyList<StaticFile> Files);
