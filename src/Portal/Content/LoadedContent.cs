namespace Portal.Content;

/// <summary>What the load stage read from <c>input/</c>: pages with their parsed front matter, folder defaults, data files and static files.</summary>
/// <param name="Defaults">Each folder's <c>_defaults.yml</c>, by folder (<see cref="FolderDefaults.Folder"/>).</param>
internal sealed record LoadedContent(
    IReadOnlyList<PageSource> Pages,
    IReadOnlyList<DataFile> Data,
    IReadOnlyList<StaticFile> Files,
    IReadOnlyDictionary<string, FolderDefaults> Defaults)
{
    public LoadedContent(IReadOnlyList<PageSource> pages, IReadOnlyList<DataFile> data, IReadOnlyList<StaticFile> files)
        : this(pages, data, files, new Dictionary<string, FolderDefaults>())
    {
    }

    /// <summary>When each file was first and last committed; none unless the build asked git.</summary>
    public GitHistory History { get; init; } = GitHistory.None;
}
