namespace Portal.Output;

/// <summary>The output folder of <c>portal build</c>, replaced as a whole only when every file is written (<see cref="SiteWriter"/>).</summary>
public sealed class FolderTarget(string outputDirectory) : IBuildTarget
{
    public string Directory => outputDirectory;

    public string Name => outputDirectory;

    public void Write(IReadOnlyList<OutputFile> files, Action<int>? written) => SiteWriter.Write(outputDirectory, files, written);
}
