using System.Diagnostics;
using Site.Build;
using Site.Preview.LiveReload;
using Site.Preview.Rebuilding;

namespace Site.Preview;

/// <summary>
/// <c>site serve</c>: builds the site into a preview folder, serves it, watches the input and the theme, rebuilds
/// what an edit touches, and tells the browsers to reload. A failed rebuild shows its errors over the last good pages.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);

    // Long enough for the browsers to have fetched the rebuilt page before the collection pauses the server.
    private static readonly TimeSpan CollectAfter = TimeSpan.FromMilliseconds(500);

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly BuildSession _session = new();
    private readonly SiteBuilder _builder = new(TextWriter.Null);
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _edited = new();
    private Timer? _timer;
    private Timer? _collector;
    private readonly IdleCollector _idle = new();
    private PreviewServer? _server;

    private PreviewSession(BuildOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public ReloadHub Hub { get; } = new();

    public Uri Address => _server!.Address;

    /// <summary>The result of the last build, first or re-.</summary>
    public BuildResult? LastResult { get; private set; }

    public static async Task<PreviewSession> StartAsync(BuildOptions options, string host, int port, TextWriter log, CancellationToken cancellationToken = default)
    {
        var session = new PreviewSession(options, log);
        Directory.CreateDirectory(options.OutputDirectory);

        // Watching from before the first build, so that no edit falls between the two.
        session.Watch(options.InputDirectory);
        session.Watch(options.ThemeDirectory);
        session._session.TrackChanges();
        session.Rebuild();
        session._server = await PreviewServer.StartAsync(options.OutputDirectory, host, port, session.Hub, cancellationToken);
        return session;
    }

    /// <summary>Builds what changed and tells the browsers; safe to call from any thread, one build at a time.</summary>
    public BuildResult Rebuild()
    {
        _building.Wait();
        try
        {
            var edited = new List<string>();
            while (_edited.TryDequeue(out var path))
            {
                edited.Add(path);
            }

            var clock = Stopwatch.StartNew();
            var pauses = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            _idle.BeforeRebuild();
            var result = _builder.Build(_options, _session, _stop.Token);
            _idle.AfterRebuild();
            LastResult = result;
            if (result.Outcome == BuildOutcome.Success)
            {
                var steps = string.Join(", ", result.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalMilliseconds:0} ms"));
                var collected = $"{GC.CollectionCount(0) - collections} garbage collection(s), {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms";
                _log.WriteLine($"rebuilt in {clock.ElapsedMilliseconds} ms: {_session.LastChanged.Count} file(s) changed ({steps}; {collected})");
                Hub.Publish(ChangeEvent(edited, _session.LastChanged));
            }
            else
            {
                var problems = result.Diagnostics.Select(d => d.ToString())
                    .Concat(result.Findings.Select(f => $"{f.SourceFile ?? f.Page}: {f.Page}:{f.Line}:{f.Column}: {f.Kind} {f.Url}: {f.Message}"))
                    .ToList();
                _log.WriteLine($"build failed ({problems.Count} problem(s)); the last good pages stay served:");
                foreach (var problem in problems)
                {
                    _log.WriteLine("  " + problem);
                }

                Hub.Publish(new ReloadEvent("failed", string.Join('\n', problems)));
            }

            CollectWhenIdle();

            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file was locked or vanished mid-build (an editor saving): the next event builds again, looking at
            // every file, since this build may have consumed the report of the one that failed.
            _session.NoteUnknownChanges();
            _log.WriteLine($"build interrupted: {e.Message}");
            return LastResult ?? new BuildResult { Outcome = BuildOutcome.BadInput };
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        _idle.Release();

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stop.Dispose();
    }

    /// <summary>An edit of stylesheets only swaps them in place (pages keep their scroll position); anything else reloads.</summary>
    private ReloadEvent ChangeEvent(IReadOnlyList<string> edited, IReadOnlyList<string> changed)
    {
        var assets = Path.Combine(_options.ThemeDirectory, "assets") + Path.DirectorySeparatorChar;
        if (edited.Count > 0 && edited.All(e => e.StartsWith(assets, StringComparison.Ordinal) && e.EndsWith(".css", StringComparison.Ordinal)))
        {
            var stylesheets = changed.Where(c => c.StartsWith("assets/", StringComparison.Ordinal) && c.EndsWith(".css", StringComparison.Ordinal));
            return new ReloadEvent("css", string.Join('\n', stylesheets.Select(c => "/" + c)));
        }

        return new ReloadEvent("reload");
    }

    /// <summary>Collects garbage once the browsers have their page (see <see cref="IdleCollector"/>).</summary>
    private void CollectWhenIdle()
    {
        _collector ??= new Timer(_ =>
        {
            if (!_building.Wait(0))
            {
                return;
            }

            try
            {
                var clock = Stopwatch.StartNew();
                _idle.Collect();
                _log.WriteLine($"collected garbage while idle in {clock.ElapsedMilliseconds} ms (heap {GC.GetTotalMemory(false) >> 20} MiB)");
            }
            finally
            {
                _building.Release();
            }
        });
        _collector.Change(CollectAfter, Timeout.InfiniteTimeSpan);
    }

    private void Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Deleted += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _session.NoteChanged(e.OldFullPath);
            Schedule(e.FullPath);
        };

        // Too many events at once: the watcher lost some, so the next build looks at every file.
        watcher.Error += (_, _) =>
        {
            _session.NoteUnknownChanges();
            Schedule(folder);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    // Editors save in several steps (write, rename, touch): wait until the events stop before building.
    private void Schedule(string path)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _session.NoteChanged(path);
        _edited.Enqueue(path);
        _timer ??= new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }
}
