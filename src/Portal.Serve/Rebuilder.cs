using Portal.Content;
using Portal.Output;

namespace Portal.Serve;

/// <summary>
/// Watches <c>input/</c> and <c>theme/</c> and builds again after each burst of changes, one build at a
/// time, through the session (which renders only the pages a change touches) into the memory target
/// (which swaps the whole site at once). Each build serves the changed pages first; its search index is made
/// beside the next builds (<see cref="PreviewBuild.Complete"/>), unless a newer build overtakes it. A file saved
/// while a build runs starts another build when it ends, so the newest content always wins; a build with
/// errors leaves the last good site served.
/// </summary>
internal sealed class Rebuilder : IDisposable
{
    /// <summary>An editor's save is a burst of events (truncate, write, rename) within a few milliseconds; one build follows the burst.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    private readonly BuildSession _session;
    private readonly MemoryTarget _target;
    private readonly Action<BuildStatus> _built;
    private readonly Action<BuildStatus> _completed;
    private readonly Action<Exception> _failed;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];

    /// <summary>Set when disposed (under the lock of <see cref="_watchers"/>): a theme folder made later is not watched.</summary>
    private bool _disposed;
    private readonly Lock _gate = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>The search indexes being made, one after the other (only the loop's thread chains them).</summary>
    private Task _completing = Task.CompletedTask;

    /// <summary>Paths under input/ changed since the last build started; null when unknown (before the first build, or after the watcher lost track).</summary>
    private HashSet<string>? _inputChanges;
    private int _number;

    /// <param name="built">A build's pages are served (or its errors are known).</param>
    /// <param name="completed">A build's deferred outputs are served too: the whole site is a full build's.</param>
    /// <param name="failed">A build that could not run (a file vanished while being read, the input folder was removed); the next change tries again.</param>
    public Rebuilder(BuildSession session, MemoryTarget target, Action<BuildStatus> built, Action<BuildStatus> completed, Action<Exception> failed)
    {
        _session = session;
        _target = target;
        _built = built;
        _completed = completed;
        _failed = failed;
    }

    /// <summary>The first build, before the server answers; then watching starts.</summary>
    public BuildStatus Start()
    {
        // No earlier index to serve: the first build makes the whole site.
        var (first, _) = Build();
        var input = Path.GetFullPath(_session.Options.InputDirectory);
        var inputWatcher = Watch(input);
        inputWatcher.Changed += (_, e) => InputChanged(input, e.FullPath);
        inputWatcher.Created += (_, e) => InputChanged(input, e.FullPath);
        inputWatcher.Deleted += (_, e) => InputChanged(input, e.FullPath);
        inputWatcher.Renamed += (_, e) =>
        {
            InputChanged(input, e.OldFullPath);
            InputChanged(input, e.FullPath);
        };
        inputWatcher.Error += (_, _) => LostTrack();

        lock (_watchers)
        {
            WatchTheme(Path.GetFullPath(_session.Options.ThemeDirectory));
            foreach (var watcher in _watchers)
            {
                watcher.EnableRaisingEvents = true;
            }
        }

        lock (_gate)
        {
            // What changed between the first build's walk and the watchers' start is unknown.
            _inputChanges = null;
        }

        _loop = Task.Run(() => Loop(_stop.Token));
        return first;
    }

    /// <summary>
    /// The site's theme folder. Its files are compared one by one at each build (the theme's stamp), so any event there
    /// only starts one. A site with no theme folder yet (the built-in theme alone) has its parent watched for it to appear.
    /// </summary>
    private void WatchTheme(string folder)
    {
        if (Directory.Exists(folder))
        {
            var theme = Watch(folder);
            theme.Changed += (_, _) => Signal();
            theme.Created += (_, _) => Signal();
            theme.Deleted += (_, _) => Signal();
            theme.Renamed += (_, _) => Signal();
            theme.Error += (_, _) => Signal();
            return;
        }

        var parent = new FileSystemWatcher(Path.GetDirectoryName(folder)!, Path.GetFileName(folder)) { NotifyFilter = NotifyFilters.DirectoryName };
        _watchers.Add(parent);
        parent.Created += (_, _) => ThemeFolderAppeared(folder);
        parent.Renamed += (_, _) => ThemeFolderAppeared(folder);
    }

    /// <summary>The site's theme folder was made: its files now override the built-in theme's, so it is watched and a build follows.</summary>
    private void ThemeFolderAppeared(string folder)
    {
        lock (_watchers)
        {
            if (!_disposed && Directory.Exists(folder) && !_watchers.Any(w => w.Path == folder && w.IncludeSubdirectories))
            {
                WatchTheme(folder);
                _watchers[^1].EnableRaisingEvents = true;
            }
        }

        Signal();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watchers.Add(watcher);
        return watcher;
    }

    private void InputChanged(string input, string fullPath)
    {
        lock (_gate)
        {
            _inputChanges?.Add(Path.GetRelativePath(input, fullPath).Replace('\\', '/'));
        }

        Signal();
    }

    /// <summary>The watcher's buffer overflowed: anything under input/ may have changed, so the next build walks it all.</summary>
    private void LostTrack()
    {
        lock (_gate)
        {
            _inputChanges = null;
        }

        Signal();
    }

    private void Signal()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A build is already due; it will read the newest files.
        }
    }

    private async Task Loop(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await _changed.WaitAsync(stop).ConfigureAwait(false);
                while (await _changed.WaitAsync(Quiet, stop).ConfigureAwait(false))
                {
                    // Still saving: wait for the burst to end.
                }

                try
                {
                    var (status, build) = Build();
                    _built(status);
                    if (build.Pending)
                    {
                        // The index takes seconds on a large site: made beside the loop, one at a time, so the next
                        // save is built at once; an index overtaken by a newer build is not made, or not published.
                        _completing = _completing.ContinueWith(_ => Complete(status, build), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or BuildConfigurationException)
                {
                    _failed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void Complete(BuildStatus status, PreviewBuild build)
    {
        try
        {
            if (build.Complete())
            {
                _completed(status);
            }
        }
        catch (Exception e)
        {
            // Nothing else observes this task: whatever went wrong is reported, and the next build tries again.
            _failed(e);
        }
    }

    private (BuildStatus Status, PreviewBuild Build) Build()
    {
        InputChanges changes;
        lock (_gate)
        {
            // Taken as the build starts: a change from now on is seen by the next build, as its event comes after it.
            changes = _inputChanges is { } paths ? InputChanges.Of(paths) : InputChanges.Unknown;
            _inputChanges = [];
        }

        var build = _session.Preview(_target, changes);
        return (new BuildStatus(Interlocked.Increment(ref _number), build.Result, _session.RenderedUrls.Count), build);
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            _disposed = true;
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }
        }

        _stop.Cancel();
        try
        {
            _loop.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
        }

        _completing.Wait();
        _stop.Dispose();
        _changed.Dispose();
    }
}
