using Site.Build.Caching;
using Site.Build.Output;
using Site.Content.Loading;
using Site.Core.Model;
using Site.Rendering.I18n;
using Site.Rendering.Templates;

namespace Site.Build;

/// <summary>
/// What a preview session keeps between builds: the configuration, theme and articles that did not change, and the
/// output folder it updates in place. With a session, a rebuild after one edited article parses one file, renders
/// the pages that show it, checks those pages, and writes them, leaving everything else as it was.
/// </summary>
public sealed class BuildSession
{
    internal ContentCache Content { get; } = new();

    internal StampedCache<SiteConfig?> Config { get; } = new();

    internal StampedCache<(TemplateSet? Templates, IReadOnlyDictionary<string, UiStrings> Strings)> Theme { get; } = new();

    internal MarkdownCache Markdown { get; } = new();

    internal IncrementalOutput? Output { get; set; }

    /// <summary>The files the last successful build wrote or deleted, relative to the output folder.</summary>
    public IReadOnlyList<string> LastChanged { get; internal set; } = [];

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
}
