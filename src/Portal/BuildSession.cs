using System.Diagnostics;
using Portal.Checks;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Output;
using Portal.Pipeline;
using Portal.Rendering;
using Portal.Site;

namespace Portal;

/// <summary>
/// The orchestrator: load → model (schema, generators) → validate → render → outputs → (checks) → write, each stage
/// (<c>Pipeline/</c>) taking the previous one's value. Problems are collected across all stages; the site goes to its
/// target only when there are none. A session lives between builds (<c>portal serve</c>): what the stages may reuse
/// from earlier builds lives in its <see cref="SessionCache"/>, which a one-shot build has fresh.
/// </summary>
public sealed class BuildSession(BuildOptions options, BuildParts parts)
{
    private SessionCache Cache { get; init; } = new(keepsRenders: true);

    public BuildOptions Options => options;

    /// <summary>A session for one build only (<see cref="SiteBuild.Run"/>): it keeps no rendered page for a next build, and writes each page to a folder target as soon as it is rendered.</summary>
    internal static BuildSession ForOneBuild(BuildOptions options, BuildParts parts) => new(options, parts) { Cache = new SessionCache(keepsRenders: false) };

    /// <summary>What the features keep between the session's builds (<see cref="SessionState"/>).</summary>
    public SessionState State => Cache.FeatureState;

    /// <summary>What each page of the last build read, in URL order.</summary>
    public IReadOnlyList<PageDependencies> Dependencies => Cache.LastRender?.Dependencies ?? [];

    /// <summary>Pages the last build read from disk; the others came unchanged from an earlier build.</summary>
    public int PagesRead => Cache.Pages.ReadCount;

    /// <summary>The pages the last build rendered; the others were unchanged by what changed since the build before.</summary>
    public IReadOnlySet<string> RenderedUrls => Cache.LastRender?.RenderedUrls ?? new HashSet<string>();

    /// <summary>Builds the site; with a null <paramref name="target"/> it only checks, and writes nothing.</summary>
    public BuildResult Build(IBuildTarget? target, IProgress<BuildProgress>? progress = null) => Run(target, [], InputChanges.Unknown, progress, defer: false).Result;

    /// <summary>Everything a build validates, then the checks on the finished site (<see cref="BuildParts.Checks"/>); writes nothing.</summary>
    public BuildResult Check(IProgress<BuildProgress>? progress = null) => Run(null, parts.Checks, InputChanges.Unknown, progress, defer: false).Result;

    /// <summary>
    /// A build for a preview: once an earlier build of the session has made the deferrable outputs
    /// (<see cref="IDeferrableOutput"/>, the search index), the site is written with their earlier files, so
    /// the changed pages are served without waiting for them; <see cref="PreviewBuild.Complete"/> makes them anew.
    /// </summary>
    /// <param name="changes">What a watcher saw change under <c>input/</c> since the last build; with it, a change to known files reads only those files' status instead of walking <c>input/</c> (<see cref="InputTreeCache"/>).</param>
    public PreviewBuild Preview(IBuildTarget target, InputChanges changes, IProgress<BuildProgress>? progress = null) => Run(target, [], changes, progress, defer: true);

    private PreviewBuild Run(IBuildTarget? target, IReadOnlyList<IOutputCheck> checks, InputChanges changes, IProgress<BuildProgress>? progress, bool defer)
    {
        var clock = Stopwatch.StartNew();
        var build = Cache.StartBuild();
        using var reservation = BuildPreconditions.Check(options, target);

        // Pages stream to the output folder's staging folder only when no later build of the session reuses them.
        using var staged = !Cache.KeepsRenders && target is FolderTarget folder ? folder.Stage() : null;
        var today = BuildDate.Resolve(options.AsOf);
        var diagnostics = new DiagnosticBag();

        var loaded = LoadStage.Run(options, parts, Cache, changes, today, diagnostics, progress);
        var site = ModelStage.Run(loaded, options, parts, Cache.TypedFrontMatter(loaded.Stamps.Settings), today, oneShot: !Cache.KeepsRenders, diagnostics, progress);
        var plan = ValidateStage.Run(site, loaded.Theme.Theme, parts, diagnostics, progress);
        var rendered = RenderStage.Run(site, loaded, plan, options, parts, Cache.LastRender?.Record, staged is null ? null : staged.Add, staged?.Texts(), oneShot: !Cache.KeepsRenders, diagnostics, progress);
        Cache.Rendered(rendered);
        var outputs = OutputStage.Run(site, loaded, rendered, plan, options, parts, Cache.FeatureState, staged is null ? null : staged.Add, defer ? Cache.DeferrableFiles : null, diagnostics);
        CheckStage.Run(checks, site, loaded.Theme.Theme, plan, rendered, diagnostics);

        var succeeded = !diagnostics.HasErrors;
        var all = (IReadOnlyList<OutputFile>)[.. outputs.Files, .. outputs.Deferrable];
        Cache.Publish(succeeded && !outputs.Deferred ? outputs.Deferrable : null, target is not null && succeeded ? () => WriteStage.Run(staged ?? target, all, progress) : null);

        var result = new BuildResult(diagnostics.ToSortedList(), rendered.Pages.Count, all.Count - rendered.Pages.Count(p => !p.IsWritten), clock.Elapsed)
        {
            BuildDate = today,
            PagesWithoutHistory = site.Pages.Count(p => p.Dates.LacksHistory),
            ShallowHistory = loaded.Content.History.Shallow,
            Site = site,
            Outputs = outputs.Written,
            Session = Cache.FeatureState,
        };
        return new PreviewBuild(result, target is not null && succeeded && outputs.Deferred ? () => Complete(build, target, site, loaded, rendered, outputs.Files) : null);
    }

    /// <summary>
    /// Makes the deferrable outputs of build number <paramref name="build"/> and writes its whole site, unless
    /// the session has built since. May run beside the next build, which it then leaves alone.
    /// </summary>
    private bool Complete(int build, IBuildTarget target, SiteModel site, LoadedSite loaded, RenderedSite rendered, IReadOnlyList<OutputFile> files)
    {
        if (!Cache.IsLatest(build))
        {
            return false;
        }

        var made = OutputStage.Deferrable(site, loaded, rendered, options, parts, Cache.FeatureState);
        return Cache.PublishIfLatest(build, made, () => target.Write([.. files, .. made], null));
    }
}
