using Site.Build.Caching;
using Site.Build.Output;
using Site.Content.Config;
using Site.Content.Loading;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Build;

/// <summary>
/// What a preview session keeps between builds: the configuration, theme and articles that did not change, and the
/// output folder it updates in place. With a session, a rebuild after one edited article parses one file, renders
/// the pages that show it, checks those pages, and writes them, leaving everything else as it was.
/// </summary>
public sealed class BuildSession : IDisposable
{
    internal ContentCache Content { get; } = new();

    internal MarkdownCache Markdown { get; } = new();

    internal IncrementalOutput? Output { get; set; }

    /// <summary>The files the last successful build wrote or deleted, relative to the output folder.</summary>
    public IReadOnlyList<string> LastChanged { get; internal set; } = [];

    private PreviewBuild? _last;

    private BodySpill? _spill;
    private bool _spillTried;

    private readonly StampedCache<SiteConfig?> _config = new();
    private readonly StampedCache<LoadedTheme> _theme = new();
    private readonly Lock _gate = new();
    private bool _tracking;

    // The files reported since the last build; null when unknown (before the first build, or after lost events).
    private HashSet<string>? _changes;

    /// <summary>
    /// Tells the session which files changed since its last build (full paths), as a file watcher reports them.
    /// Reports count only after <see cref="TrackChanges"/> and one build; a build after
    /// <see cref="NoteUnknownChanges"/> lists and stats every file again.
    /// </summary>
    public void NoteChanged(string fullPath)
    {
        lock (_gate)
        {
            _changes?.Add(fullPath);
        }
    }

    /// <summary>
    /// Starts trusting reports: after the next build (which looks at everything), a file not reported as changed is
    /// taken from the cache.
    /// </summary>
    public void TrackChanges()
    {
        lock (_gate)
        {
            _tracking = true;
        }
    }

    /// <summary>Files may have changed unreported (the watcher lost events): the next build looks at everything.</summary>
    public void NoteUnknownChanges()
    {
        lock (_gate)
        {
            _changes = null;
        }
    }

    /// <summary>What the last successful build made, for the next one to start from; taken, so that a build that fails forgets it.</summary>
    internal PreviewBuild? TakePreviewBuild() => Interlocked.Exchange(ref _last, null);

    internal void Keep(PreviewBuild build) => _last = build;

    /// <summary>
    /// Where the session's articles keep their texts, as a build's do (<see cref="BodySpill"/>), for as long as the
    /// session lives: what did not change is reused from one build to the next with its text still there. Its texts
    /// no longer used are dropped first, when they fill most of it; null when no spill file can be made.
    /// </summary>
    internal BodySpill? Spill()
    {
        if (!_spillTried)
        {
            _spillTried = true;
            _spill = BodySpill.TryOpen(compactable: true);
        }

        _spill?.Compact();
        return _spill;
    }

    public void Dispose() => _spill?.Dispose();

    /// <summary>The configuration of the last build, made again only when <c>site.yml</c> changed.</summary>
    internal SiteConfig? Config(string inputDirectory, IReadOnlySet<string>? changes, Func<DiagnosticBag, SiteConfig?> load, DiagnosticBag diagnostics) =>
        Cached(_config, [InputLayout.ConfigPath(inputDirectory)], load, diagnostics, changes);

    /// <summary>The theme of the last build, made again only when a layout, a strings file or <c>site.yml</c> changed.</summary>
    internal LoadedTheme Theme(string themeDirectory, string inputDirectory, IReadOnlySet<string>? changes, Func<DiagnosticBag, LoadedTheme> load, DiagnosticBag diagnostics)
    {
        // What is wrong with these files is reported by the loaders; here they are only listed to see if they changed.
        var theme = SourceTree.Theme(themeDirectory);
        var files = new[] { ThemeLayout.Layouts, ThemeLayout.Strings }
            .SelectMany(folder => theme.Files(folder, new DiagnosticBag()))
            .Select(theme.FullPath)
            .Append(InputLayout.ConfigPath(inputDirectory))
            .ToList();
        return Cached(_theme, files, load, diagnostics, changes);
    }

    /// <summary>The reported changes inside <paramref name="inputDirectory"/> (relative, with '/'), or null when unknown.</summary>
    internal IReadOnlyCollection<string>? TakeChanges(string inputDirectory) => Inside(TakeChanges(), inputDirectory);

    /// <summary>The files reported since the last build (full paths), or null when unknown; the next build starts afresh.</summary>
    internal IReadOnlySet<string>? TakeChanges()
    {
        HashSet<string>? changes;
        lock (_gate)
        {
            changes = _changes;
            _changes = _tracking ? new HashSet<string>(StringComparer.Ordinal) : null;
        }

        return changes?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The changes inside <paramref name="folder"/> (relative, with '/'), or null when unknown.</summary>
    internal static IReadOnlyCollection<string>? Inside(IReadOnlySet<string>? changes, string folder) => changes?
        .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
        .Where(path => path != ".." && !path.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(path))
        .ToList();

    /// <summary>
    /// A value of the session made again only when its files changed (or were reported as changed, or folders of the
    /// theme were); one made with errors is not kept.
    /// </summary>
    private static T Cached<T>(StampedCache<T> cache, IReadOnlyList<string> files, Func<DiagnosticBag, T> make, DiagnosticBag diagnostics, IReadOnlySet<string>? changes)
    {
        if (changes is not null && files.Any(f => changes.Contains(Path.GetFullPath(f))))
        {
            cache.Clear();
        }

        var local = new DiagnosticBag();
        var value = cache.Get(files, () => make(local));
        diagnostics.AddRange(local.ToSortedList());

        if (local.HasErrors)
        {
            cache.Clear();
        }

        return value;
    }
}
