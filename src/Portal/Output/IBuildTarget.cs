namespace Portal.Output;

/// <summary>Where a successful build's files go: a folder swapped in whole (<see cref="FolderTarget"/>) or memory (<see cref="MemoryTarget"/>).</summary>
public interface IBuildTarget
{
    /// <summary>Shown in the build summary: the output folder, or "memory".</summary>
    string Name { get; }

    /// <param name="written">Called (from any thread) with the number of files written so far.</param>
    void Write(IReadOnlyList<OutputFile> files, Action<int>? written);
}
