using System.Collections.Concurrent;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>
/// The articles parsed by earlier builds of a preview session, keyed by file, size and modification time, so that a
/// rebuild parses only the files that changed. A different configuration empties it. When the caller knows which
/// files changed (a file watcher), the others are taken as they were, without listing the folders or reading their
/// times.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Cached> _files = new(StringComparer.Ordinal);
    private SiteConfig? _config;
    private List<ContentSource>? _sources;

    /// <summary>How many files the last build parsed (the others came from the cache).</summary>
    public int Parsed => _parsed;

    private int _parsed;

    /// <summary>Starts a build; returns whether the cache still holds what the last build of this configuration read.</summary>
    public bool Begin(SiteConfig config)
    {
        var same = ReferenceEquals(_config, config);
        if (!same)
        {
            _files.Clear();
            _sources = null;
        }

        _config = config;
        _parsed = 0;
        return same;
    }

    /// <summary>
    /// The sources of the last build with <paramref name="changed"/> applied (files added or gone), or null when
    /// only listing the folders again can tell: nothing known yet, or a folder itself changed.
    /// </summary>
    /// <param name="changed">Paths relative to the input folder, with '/'.</param>
    public IReadOnlyList<ContentSource>? SourcesAfter(IReadOnlyCollection<string> changed, Func<string, bool> exists)
    {
        if (_sources is null)
        {
            return null;
        }

        var sources = new List<ContentSource>(_sources);
        foreach (var path in changed)
        {
            var kind = ContentSource.KindOf(path);
            if (kind is null)
            {
                if (ContentSource.IsUnderContentFolder(path))
                {
                    return null;
                }

                continue;
            }

            var source = new ContentSource(path, kind.Value);
            var index = sources.BinarySearch(source, ContentSource.ByPath);
            var present = exists(path);
            if (present && index < 0)
            {
                sources.Insert(~index, source);
            }
            else if (!present && index >= 0)
            {
                sources.RemoveAt(index);
            }
        }

        return sources;
    }

    /// <summary>Remembers the sources of this build and forgets the files that no longer exist.</summary>
    public void KeepOnly(IReadOnlyList<ContentSource> sources)
    {
        _sources = [.. sources];
        if (_files.Count <= sources.Count && sources.All(s => _files.ContainsKey(s.Path)))
        {
            return;
        }

        var keep = sources.Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(p => !keep.Contains(p)))
        {
            _files.TryRemove(path, out _);
        }
    }

    /// <param name="changed">
    /// True when a file watcher reported the file as changed: it is parsed again, whatever its size and time say (an
    /// edit can keep both); false when the caller knows it did not change: its time is not even read; null when
    /// unknown: the size and time decide.
    /// </param>
    public Article? GetOrParse(string path, string sourcePath, Func<DiagnosticBag, Article?> parse, DiagnosticBag diagnostics, bool? changed = null)
    {
        if (changed == false && _files.TryGetValue(sourcePath, out var known))
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.Article;
        }

        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        if (changed != true && _files.TryGetValue(sourcePath, out var cached) && cached.Stamp == stamp)
        {
            diagnostics.AddRange(cached.Diagnostics);

            return cached.Article;
        }

        var local = new DiagnosticBag();
        var article = parse(local);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);

        _files[sourcePath] = new Cached(stamp, article, found);
        Interlocked.Increment(ref _parsed);
        return article;
    }

    private sealed record Cached((long Length, DateTime Modified) Stamp, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
}
