using System.Diagnostics;
using Site.Build;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Preview.LiveReload;
using Site.Preview.Rebuilding;

namespace Site.Preview;

/// <summary>
/// <c>site serve</c>: builds the site into a preview folder, serves it, watches the input and the theme, rebuilds
/// what an edit touches, and tells the browsers to reload. A failed rebuild shows its errors over the last good pages.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    // An editor's save is a few events within a millisecond or two (write, rename, touch): waiting this long after the
    // last one coalesces them, and adds little to the time from a save to the reload (counted in that time).
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    // Interrupted builds are tried again this many times (after 80 ms, 160 ms, … 2.5 s) before the failure is shown.
    private const int MaxRetries = 6;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(40);

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
    private readonly Timer _timer;
    private int _retries;
    private Timer? _collector;
    private readonly IdleCollector _idle = new();
    private PreviewServer? _server;

    private readonly bool _verbose;

    private PreviewSession(BuildOptions options, TextWriter log, bool verbose)
    {
        _options = options with { Preview = true };
        _log = log;
        _verbose = verbose;
        _timer = new Timer(_ => RebuildInBackground(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public ReloadHub Hub { get; } = new();

    public Uri Address => _server!.Address;

    /// <summary>The result of the last build, first or re-.</summary>
    public BuildResult? LastResult { get; private set; }

    /// <param name="verbose">Log each rebuild's steps and the garbage collections; otherwise one line per rebuild.</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, string host, int port, TextWriter log, bool verbose = false, CancellationToken cancellationToken = default)
    {
        var session = new PreviewSession(options, log, verbose);

        // Ctrl+C during the first build stops that build too, instead of waiting for it to finish.
        await using var stopping = cancellationToken.Register(session._stop.Cancel);
        try
        {
            Directory.CreateDirectory(options.OutputDirectory);

            // Watching from before the first build, so that no edit falls between the two.
            session.Watch(options.InputDirectory);
            session.Watch(options.ThemeDirectory);
            session._session.TrackChanges();
            await log.WriteLineAsync($"building {options.InputDirectory} for the preview…");
            session.Rebuild();
            session._server = await PreviewServer.StartAsync(options.OutputDirectory, host, port, session.Hub, cancellationToken);
            return session;
        }
        catch
        {
            // The port was taken, or the folders could not be watched: nothing of the session stays behind.
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds what changed and tells the browsers; safe to call from any thread, one build at a time.</summary>
    public BuildResult Rebuild()
    {
        _building.Wait();
        try
        {
            if (_stop.IsCancellationRequested)
            {
                return LastResult ?? new BuildResult { Outcome = BuildOutcome.BadInput };
            }

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
            _retries = 0;
            if (result.Outcome == BuildOutcome.Success)
            {
                var changed = _session.LastChanged.Count == 1 ? "1 file changed" : $"{_session.LastChanged.Count} files changed";
                if (_verbose)
                {
                    var steps = string.Join(", ", result.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalMilliseconds:0} ms"));
                    var collected = $"{GC.CollectionCount(0) - collections} garbage collection(s), {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms";
                    _log.WriteLine($"rebuilt in {clock.ElapsedMilliseconds} ms: {changed} ({steps}; {collected})");
                }
                else
                {
                    _log.WriteLine($"rebuilt in {clock.ElapsedMilliseconds} ms: {changed}");
                }

                // First "ok", which clears an error overlay, since the change event may only swap stylesheets.
                Hub.Publish(new ReloadEvent("ok"));
                Hub.Publish(ChangeEvent(edited, _session.LastChanged));
            }
            else
            {
                var problems = result.Diagnostics.Select(d => CodeFrame.Render(d, colour: false).Replace("\n", "\n  ", StringComparison.Ordinal))
                    .Concat(result.Findings.Select(f => $"{f.SourceFile ?? f.Page}: {f.Page}:{f.Line}:{f.Column}: {f.Kind} {f.Url}: {f.Message}"))
                    .ToList();
                _log.WriteLine($"build failed ({problems.Count} problem(s)); the last good pages stay served:");
                foreach (var problem in problems)
                {
                    _log.WriteLine("  " + problem);
                }

                Hub.Publish(new ReloadEvent("failed", FailureReport.Of(result)));
            }

            if (_idle.ShouldCollect)
            {
                CollectWhenIdle();
            }

            return result;
        }
        catch (Exception e) when (FileSystemTrouble.Of(e) is { Count: > 0 } causes)
        {
            // A file vanished, was locked or could not be read mid-build (an editor saving, a tool churning files):
            // build again, looking at every file, since this build may have consumed the report of the one that failed.
            _session.NoteUnknownChanges();
            Retry(causes);
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

        await _timer.DisposeAsync();

        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        // A build still running would write into a folder the caller is about to remove.
        await _building.WaitAsync();
        _building.Release();
        _idle.Release();
        _session.Dispose();

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>An edit of stylesheets only swaps them in place (pages keep their scroll position); anything else reloads.</summary>
    private ReloadEvent ChangeEvent(IReadOnlyList<string> edited, IReadOnlyList<string> changed)
    {
        var assets = Path.Combine(_options.ThemeDirectory, ThemeLayout.Assets) + Path.DirectorySeparatorChar;
        if (edited.Count > 0 && edited.All(e => e.StartsWith(assets, StringComparison.Ordinal) && e.EndsWith(".css", StringComparison.Ordinal)))
        {
            var stylesheets = changed.Where(c => c.StartsWith(ThemeLayout.Assets + "/", StringComparison.Ordinal) && c.EndsWith(".css", StringComparison.Ordinal));
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
                if (_verbose)
                {
                    _log.WriteLine($"collected garbage while idle in {clock.ElapsedMilliseconds} ms (heap {GC.GetTotalMemory(false) >> 20} MiB)");
                }
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

    /// <summary>
    /// Builds again a little later, a few times, each time waiting longer; a failure that stays (a file that can't be
    /// read at all) is shown in the browsers until the next save.
    /// </summary>
    private void Retry(IReadOnlyList<Exception> causes)
    {
        var what = FileSystemTrouble.Describe(causes);
        _retries++;
        if (_retries <= MaxRetries)
        {
            _log.WriteLine($"build interrupted by the file system, building again: {what}");
            StartTimer(RetryDelay * (1 << _retries));
            return;
        }

        _log.WriteLine($"build failed: {what}");
        Hub.Publish(new ReloadEvent("failed", FailureReport.Of($"the build could not read the input: {what}", "fix or remove that file; the preview builds again on the next save")));
    }

    private void StartTimer(TimeSpan delay)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        try
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Stopping: an event that arrived while the session went away.
        }
    }

    // An exception leaving a timer's thread ends the process: the server outlives any failure of a build.
    private void RebuildInBackground()
    {
        try
        {
            Rebuild();
        }
        catch (Exception e) when (!_stop.IsCancellationRequested)
        {
            _log.WriteLine($"build crashed (a bug of the site program; the last good pages stay served): {e}");
            Hub.Publish(new ReloadEvent("failed", FailureReport.Of($"the build crashed: {e.Message}", "a bug of the site program; please report it")));
        }
        catch (Exception)
        {
            // Stopping: the session is going away.
        }
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
        _retries = 0;
        StartTimer(Debounce);
    }
}
