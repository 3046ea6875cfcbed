using Portal.Output;

namespace Portal;

/// <summary>One build with no session to keep (<see cref="BuildSession.ForOneBuild"/>): <c>portal build</c>, tests and benchmarks.</summary>
public static class SiteBuild
{
    /// <param name="parts">The registered parts (the parts of the features a site is built with).</param>
    /// <param name="write">False checks only: nothing is written.</param>
    public static BuildResult Run(BuildOptions options, BuildParts parts, IProgress<BuildProgress>? progress = null, bool write = true) =>
        BuildSession.ForOneBuild(options, parts).Build(write ? new FolderTarget(options.OutputDirectory) : null, progress);
}
