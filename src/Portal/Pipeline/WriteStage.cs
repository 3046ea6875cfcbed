using Portal.Output;

namespace Portal.Pipeline;

/// <summary>The write stage: every file of the site to its target, counting progress.</summary>
internal static class WriteStage
{
    public static void Run(IBuildTarget target, IReadOnlyList<OutputFile> files, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(BuildStage.Write, 0, files.Count));
        target.Write(files, done => progress?.Report(new BuildProgress(BuildStage.Write, done, files.Count)));
    }
}
